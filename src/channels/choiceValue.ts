/**
 * The value a button or card submit carries back: the choice, and the question it answers, so a
 * second tap or a press on an older message is not read as an answer to the question asked now.
 * The dialog (dialogs/intakeDialog.ts) reads it back.
 */
export const choiceValue = (id: string, promptId: string | undefined) => ({ choice: id, ...(promptId ? { prompt: promptId } : {}) });
