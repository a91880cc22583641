export { registerWebChat, type WebChatDeps, type WebChatProfile } from './registerWebChat';
