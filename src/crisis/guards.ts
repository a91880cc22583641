/**
 * Guards: named rules that can veto one match of a pattern, each tested on its own
 * (test/crisis/guards.test.ts). A pattern lists the guards that apply to it.
 *
 * A guard looks at windows of the normalized message around the match:
 * - `before`: the phrase that ends where the match starts,
 * - `after`: the phrase that starts where the match ends,
 * - `around`: before + the match + after,
 * - `clauseBefore` / `clauseAfter`: the whole clause before or after the match's own, for an aside
 *   ("I wrote goodbye letters once, back in college"),
 * - `message`: the whole message.
 * A phrase stops at clause punctuation (normalized to a "." token) and at a conjunction
 * (and, but, so, then, y, pero, ...; not "so much"), and at PHRASE_CHARS characters. Stopping at "and" is what keeps
 * "my brother died last year and I want to die" a crisis: the history marker belongs to another phrase.
 *
 * A guard vetoes when any of its `when` conditions holds; a condition holds when every window it
 * names matches. `unlessInMessage`, `unlessNear` and `unlessAfter` switch the guard off (bias to safety:
 * "years ago ... and I still think about it" stays a match).
 *
 * Guards see only normalized text and return only yes/no: they never log or return words.
 */
import type { CrisisKind } from '../../machines/crisisKind';
import { re, type Guard, type GuardCondition } from './guard';
import { ASIDE_CONDITIONS } from './timeAsides';
import { enEmergencyGuards } from './guards.en.emergencies';
import { enHarmGuards } from './guards.en.harm';
import { esEmergencyGuards } from './guards.es.emergencies';
import { esGuards } from './guards.es';
import { enSuicideGuards } from './guards.en.suicide';
import { meansGuards } from './guards.means';

export type { Guard, GuardCondition };

export const PHRASE_CHARS = 80;
export const UNLESS_AFTER_CHARS = 120;
export const UNLESS_NEAR_CHARS = 200;
const PHRASE_BREAKS = new Set([
  '.', 'and', 'but', 'so', 'then', 'because', 'cuz', 'bc', 'y', 'e', 'pero', 'entonces', 'porque',
]);
/** "so" before these is "very", not "and so": "I hated him so much I thought about hurting him" is one phrase. */
const SO_AS_VERY = new Set(['much', 'many', 'bad', 'badly', 'hard', 'often', 'long', 'far', 'mad', 'angry', 'scared', 'tired', 'sick', 'done']);
const breaksAt = (tokens: readonly string[], i: number): boolean =>
  PHRASE_BREAKS.has(tokens[i] ?? '') && !(tokens[i] === 'so' && SO_AS_VERY.has(tokens[i + 1] ?? ''));


const NEGATORS =
  'not|never|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|wouldnt|havent|hasnt|hadnt|no|nor|without|nobody|zero|' +
  'denies|denied|deny|denying|' +
  'nunca|jamas|tampoco|ni|sin|nadie';
/** Words that may stand between a negator and the phrase it negates ("not really thinking about"). */
const NEGATION_FILLERS =
  'really|actually|even|ever|seriously|truly|currently|at|all|gonna|going|to|wanna|want|wanting|wanted|try|trying|' +
  'tried|plan|planning|planned|intend|intending|thinking|think|thought|thoughts|having|have|had|any|about|of|feel|' +
  'feeling|felt|am|be|been|being|do|did|would|will|ll|that|it|like|so|a|an|the|plans|intention|intentions|writing|making|one|' +
  'he|ha|has|habia|estoy|esta|estado|estaba|pensado|pensando|pienso|pense|en|voy|a|quiero|queria|quise|quisiera|' +
  'intentado|tenido|una|un|tengo|tenia|ganas|de|me|lo|la|realmente|para|nada|soy|siento|planeo|pensamientos|ideas|ningun|ninguna|es|fue';
/** "trying not to kill myself" is a struggle, not a denial. */
const STRUGGLING =
  'trying|try|tried|tryna|hard|struggling|fighting|working|best|intentando|intento|trato de|tratando de|lucho por';

/** Markers of a time long past (for suicide, self-harm, harm to others, abuse). */
const DISTANT_PAST =
  String.raw`years? ago|yrs ago|(?:a )?long time ago|long ago|decades? ago|years back|` +
  String.raw`back in (?:the day|19\d\d|20\d\d|high school|college|school)|in (?:19|20)\d\d|` +
  String.raw`when (?:i|he|she|we|they) (?:was|were) (?:a|an|in|younger|little|young|small|still|\d+)|` +
  String.raw`at (?:age )?(?:1[0-9]|[2-6][0-9])(?= (?:for|because|after|when)\b)|(?:im|i am) (?:1[0-9]|[2-9][0-9]) now|in (?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade|(?:long|well|far) behind (?:me|him|her|us|them)|` +
  String.raw`as a (?:kid|child|teen|teenager|young|little|boy|girl)|` +
  String.raw`in (?:high school|college|middle school|my teens|my twenties|my 20s)|(?:last|past) (?:year|years|decade)|` +
  String.raw`(?:freshman|sophomore|junior|senior) year|yrs back|(?:ya )?(?:pasaron|han pasado) (?:como |mas de |unos |casi )?(?:\d+|dos|tres|cuatro|cinco|diez|veinte|muchos) anos|` +
  String.raw`used to|(?<!almost |nearly |if i |if we |when i |before i )died|passed away|passed on|funeral|rip|lost (?:\w+ ){0,2}(?:to|from)|my late|survivor of|survived|` +
  String.raw`hace (?:\w+ ){0,2}(?:anos|ano|decadas)|hace mucho(?: tiempo)?|el ano pasado|` +
  String.raw`cuando (?:era|eramos|tenia|yo era|estaba en la|estaba en el)|` +
  String.raw`de (?:nino|nina|chico|chica|joven|adolescente|pequeno|pequena|chavo|chava)|en (?:el )?(?:19|20)\d\d|` +
  String.raw`en la (?:prepa|secundaria|universidad|escuela)|murio|murieron|fallecio|fallecieron|se murio|perdi a|` +
  String.raw`solia|solian|en paz descanse`;
/** Extra markers that put an event in the past for the "now" kinds (overdose-now, medical-now). */
const RECENT_PAST =
  String.raw`(?:last|past) (?:week|month|weekend|time|summer|winter|spring|fall|christmas|relapse)|` +
  String.raw`(?:\d+|a|an|one|two|three|four|five|six|few|couple(?: of)?|several) (?:days|weeks|months|wks) ago|` +
  String.raw`a while (?:ago|back)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! (?:\d|first|1st))|hace tiempo|before|in the past|ever|history of|(?<!at )once|twice(?! (?:my|the|his|her|their|as much|the amount|what))|` +
  String.raw`(?:several|many|multiple|a few|a couple of|a couple) times|` +
  String.raw`when (?:i|he|she) (?:quit|stopped|detoxed|tried to quit|came off|got off)|the other day|previous|previously|` +
  String.raw`la (?:semana|vez) pasada|el mes pasado|la ultima vez|hace (?:\w+ ){0,2}(?:dias|semanas|meses)|antes|` +
  String.raw`alguna vez|en el pasado|cuando (?:deje|dejo|dejamos)|una vez|both times|ambas veces|las dos veces`;
/** Words that put the event in the present: with any of them in the message, the history guards stay off. */
const PRESENT =
  String.raw`\b(?:right now|tonight|again|ever since|currently|(?:hasnt|has not|havent|have not|never) (?:changed|stopped|gone away|left me)|` +
  String.raw`still (?:think|thinking|want|wanting|feel|feeling|have|having|cut|cutting|do|struggle|struggling|suicidal|use|using|drink|drinking|scared|afraid|in danger)|` +
  String.raw`at the moment|as we speak|lately|these days|` +
  String.raw`(?:in the )?(?:last|past) (?:hour|hours|few hours|couple (?:of )?hours|half hour|\d+ (?:hours|hrs|minutes|mins|min)|few minutes|minutes?)|` +
  String.raw`(?:an|one|\d+|few|couple(?: of)?) (?:hours?|hrs?|minutes?|mins?) ago|hace (?:media hora|una hora|un rato|\d+ (?:horas|minutos))|` +
  String.raw`this morning|this evening|happening|(?<!(?:dont|do not|doesnt|never) (?:feel|think|do|have|want) (?:like that|that way|it|those thoughts|that) )anymore|ahora mismo|ahorita|esta noche|(?<!la )otra vez|de nuevo|` +
  // "sigo pensando en eso", not "sigo con el problema del alcohol".
  String.raw`todavia|en este momento|ultimamente|sig(?:o|ue|uen) (?:\w+(?:ando|iendo|yendo)|con ganas|igual)|desde que|desde hace|` +
  String.raw`every (?:day|night)|(?:are|is|theyre|its) back|(?:been|am|im) planning|keep (?:thinking|wanting)|started (?:up|back|again))\b|` +
  // "... years ago. Since the divorce I think about it every day": a clause that opens with "since" brings it to now.
  String.raw`(?:^|\. )since (?!\d)`;
/**
 * "Today" and "since" elsewhere in the message are usually about something else ("... hoy tengo nietos",
 * "drinking more since I retired"): they bring the past to now only in the match's own phrase, which
 * the history guards test with OWN_PHRASE_NOW.
 */
const OWN_PHRASE_NOW = String.raw`since|today|hoy`;

/** People whose "will kill me when they find out" is an idiom. Partners are left out on purpose. */
const PARENT_OR_BOSS_EN =
  'mom|mum|mother|mama|momma|dad|father|papa|parents|grandma|grandpa|grandmother|grandfather|boss|manager|teacher|' +
  'coach|sponsor|pastor|coworkers?|sister|brother|aunt|uncle|therapist|counselor|counsellor|caseworker|case worker|doctor|nurse|supervisor|probation officer|parole officer';

/** Someone in general, or what may happen: "if someone", "people who", "signs of", "si alguien". */
const HYPOTHETICAL = re(
  String.raw`\bif (?:someone|somebody|anyone|anybody|a person|people|a loved one|your loved one|my loved one|a friend|a family member|a client|a patient|you|they)\b|` +
    String.raw`\bwhat if\b|\bin case\b|\bhistory of\b|\bsigns (?:of|that)\b|` +
    String.raw`(?<!\b(?:the|these|my|his|her|our|their|two|three|some) )\b(?:people|persons|someone|somebody|anyone|anybody|clients?|patients?|those|folks|individuals|survivors?|families|family members|loved ones|others|men|women|teens|veterans|moms|parents) (?:who|that|with|in|after|dealing|struggling|having|experiencing|recovering)\b|` +
    String.raw`\bhow (?:do|can|would|to) (?:i |you |we |people |one )?(?:know|tell|recognize|spot|identify)\b|` +
    String.raw`\bsi (?:alguien|una persona|un familiar|un ser querido|alguno|alguna persona)\b|\ben caso de\b|` +
    String.raw`\bque (?:hago|hacer|hacemos) (?:si|en caso|cuando)\b|\b(?:personas|gente|alguien|pacientes|clientes|quienes|familias|familiares) (?:que|con|en)\b|` +
    String.raw`\bsenales de\b|\bcomo (?:se|saber|reconocer|identificar)\b`,
);
/** A question about the program or the topic: "prevention", "do you", "can withdrawal cause", "¿tienen...?". */
const INFO_SEEKING = re(
  String.raw`\b(?:prevention|awareness|hotline|lifeline|training|trainings|class|classes|course|workshop|education|groups?|programs?|counsel(?:l)?ors?|counsel(?:l)?ing|therapists?|staff|resources?|info|information|brochure|pamphlet|statistics|stats|rates?|risks?|symptoms|article|movie|documentary|podcast|book|research|month|learn|teach|treat|treats|treating|handle|handles|accept|accepts|policy|protocol|kits?|insurance|pharmacy)\b|` +
    String.raw`\b(?:do|does|can|could|will|would|should|is|are) (?:you|u|yall|your|the program|the clinic|they|there|withdrawal|alcohol|drinking|detox|it)\b|` +
    String.raw`\b(?:cause|causes|causing)\b|\bwhere (?:can|do|to|could)\b|\bwhat happens (?:if|when|after|during)\b|` +
    String.raw`\bwhat (?:is|are)(?: (?:a|an|the))?(?: (?:signs|symptoms|overdoses?|naloxone|narcan|seizures?|suicide|selfharm|domestic|alcohol poisoning)\b|$)|` +
    String.raw`\bhow (?:to|do you|does|can you|common|likely|often|many people)\b|` +
    String.raw`\b(?:prevencion|informacion|capacitacion|taller|talleres|curso|grupos?|programa|consejeros?|terapeutas?|clinica|centro|recursos|folleto|estadisticas|riesgos?|sintomas|articulo|pelicula|aprender|tratan|atienden|aceptan|ofrecen|gratis|seguro|farmacia)\b|` +
    String.raw`\b(?:puede|pueden|podria) (?:causar|provocar|dar)\b|\bque pasa (?:si|cuando|despues)\b|\bcomo (?:usar|se usa)\b|\bdonde (?:puedo|consigo|se consigue|venden)\b|` +
    String.raw`(?<!\b(?:creo|pienso|parece|seguro|sera|ser|mejor|dicen|dijo|dice) )\bque (?:es|son)(?: (?:la|el|una|un|los|las))?(?: (?:sobredosis|naloxona|narcan|convulsion\w*|suicidio|autolesion\w*|violencia)\b|$)`,
);

const coreGuards = {
  negation: {
    description:
      'A negation right before the phrase ("not suicidal", "never wanted to kill myself", "no quiero matarme"), ' +
      'with at most four filler words between ("I do not have any plans to end my life"). Off when the message goes on with "but ... think/sometimes/still" ' +
      'or "anymore"/"again", which turn the denial into a disclosure.',
    when: [
      { before: re(String.raw`(?:^| )(?<!\b(?:${STRUGGLING}) )(?:${NEGATORS})(?: (?:${NEGATION_FILLERS})){0,4}$`) },
      // The second item of a denied list: "no thoughts of suicide or self harm", "ni sobredosis ni nada";
      // not a comparison ("never felt this hopeless or suicidal") nor "no one or nothing to live for".
      {
        before: re(
          String.raw`(?:^| )(?<!\b(?:${STRUGGLING}) )(?:${NEGATORS})(?: (?:${NEGATION_FILLERS})){0,4}(?! (?:this|that|so|as|too|tan|mas|one|body)\b)(?: [^ ]+){1,2} (?:or|nor|o|ni)$`,
        ),
      },
      // Someone never having said so: "he's never said anything about killing himself". Not "I haven't
      // talked about wanting to kill myself with anyone", which is a secret kept, not a denial.
      {
        before: re(
          String.raw`(?:^| )(?:never|not|hasnt|havent|didnt|nunca|no)(?: (?:ever|once|really|has|ha|he|have))? (?:said|says|mentioned|talked about|dicho|mencionado|hablado) (?:anything|nada) (?:about|of|sobre|de)(?: (?:wanting|want|wanna|to|querer)){0,2}$`,
        ),
      },
    ],
    // "anymore"/"again" turn the denial around only in its own clause ("I don't want to hurt myself anymore").
    unlessAfter: re(
      String.raw`^[^.]{0,60}?\b(?:anymore|again|otra vez|de nuevo|until now|till now|hasta ahora)\b|\b(?:but|though|although|pero|aunque)\b (?:[^ ]+ ){0,4}?` +
        String.raw`(?:think|thinking|thought|thoughts|sometimes|still|cant stop|keep|idk|dont know|not sure|pienso|pensando|a veces|todavia|sigo|no se)\b`,
    ),
    vetoes: [
      "I'm not suicidal, just want info",
      "I've never wanted to kill myself",
      'no quiero suicidarme, solo dejar de tomar',
      "I'm not having any chest pain",
      'I have no thoughts of suicide',
      'nunca he tenido una sobredosis en mi vida',
      'No thoughts of suicide or self harm, I just want to stop drinking',
      "he's never said anything about killing himself",
    ],
    keeps: [
      "I don't know, I want to die",
      "no I want to die",
      "I don't want to hurt myself anymore but I do",
      "I can't stop thinking about killing myself",
      "I'm not suicidal but I still think about killing myself",
      "I'm trying not to kill myself",
      'no se me quiero morir',
      "I've never felt this hopeless or suicidal before",
      "I haven't talked about wanting to kill myself with anyone",
    ],
  },
  history: {
    description:
      'The event is long past ("years ago", "when I was a teen", "used to", "died", "hace años"): ' +
      'history, which the screening asks about, not crisis now. Off when the message also puts something in the ' +
      'present ("right now", "again", "still think", "since", "todavía") near the match (UNLESS_NEAR_CHARS).',
    when: [
      // "i miss her so much i want to die": the grief is the reason, not a time the wish is over.
      { around: re(String.raw`^(?!.*\b(?:${OWN_PHRASE_NOW})\b)(?!.*\bso (?:much|bad|badly|hard)(?: [^ ]+){0,3} (?:i|im|my) (?:want|wanna|need|just|am|cant|gonna|will|feel|think|keep)\b).*?\b(?:${DISTANT_PAST})\b`) },
      ...ASIDE_CONDITIONS,
    ],
    unlessNear: re(PRESENT),
    vetoes: [
      'I tried to kill myself 10 years ago',
      'I wrote goodbye letters once, back in college',
      'Years ago, I stood on the bridge',
      'I wrote goodbye letters to my kids. That was fifty years ago and I got through it.',
      'when I was a teenager I cut myself',
      'my ex used to hit me',
      'mi tío se suicidó hace muchos años',
      // "again" is about eating, two sentences and more than UNLESS_NEAR_CHARS away.
      'When I was 22 my ex used to lock me in the apartment and take my phone. I got out with help from a shelter and ' +
        'that was 8 years ago, I am safe now and married to a good man in another state. I never dealt with the drinking ' +
        'though, and my doctor says my liver numbers are finally improving and I am eating well again.',
    ],
    keeps: [
      'I tried to kill myself years ago and I still think about it',
      'my brother died last year and I want to die too',
      'I tried to kill myself last month',
      'my dad died years ago, I want to die',
      'years ago. now I want to die',
      "I've wanted to die since my divorce years ago",
      'I want to die, just like 20 years ago',
      'That was 10 years ago and I got through it. This time I want to die.',
      'I tried to kill myself years ago. Since my wife left I think about it every day',
      'my wife passed away last year i miss her so much i want to die',
      'i used to be happy so much has changed i want to kill myself',
      'I was suicidal as a teenager. Since the breakup I have been feeling that way',
      'I tried to kill myself years ago and today I want to do it again',
    ],
  },
  'history-recent': {
    description:
      'For the "now" kinds (overdose-now, medical-now): any past marker, recent ones too ("last week", ' +
      '"when I quit", "once", "la semana pasada"), means it is not happening now. Off, as for history, when the ' +
      'message puts something in the present near the match.',
    when: [
      { around: re(String.raw`^(?!.*\bsince\b).*?\b(?:${DISTANT_PAST}|${RECENT_PAST})\b`) },
      ...ASIDE_CONDITIONS,
    ],
    // A seizure last week and "today" near it: it may be happening again, so today counts here.
    unlessNear: re(String.raw`${PRESENT}|\b(?:today|hoy)\b`),
    vetoes: ['I overdosed 3 years ago', 'I had a seizure when I quit drinking last time', 'tuve una sobredosis el mes pasado', 'my daughter overdosed in february, she is in treatment'],
    keeps: [
      'I had a seizure last week, and another one today',
      'I overdosed last night',
      'I had a seizure last week and I am shaking again right now',
      'she fainted twice in the past hour',
      'I took twice my dose of methadone',
    ],
  },
  hypothetical: {
    description:
      'About someone in general or a situation that may happen ("if someone overdoses", "people who have ' +
      'suicidal thoughts", "signs of", "si alguien tiene una sobredosis").',
    // Before or after the match, not inside it: "veo gente que no está" is itself a phrase to catch.
    when: [{ before: HYPOTHETICAL }, { after: HYPOTHETICAL }],
    vetoes: ['how do I know if someone is overdosing', 'do you treat people with suicidal thoughts', '¿qué hago si alguien tiene una sobredosis?'],
    keeps: ['someone is overdosing in the bathroom', 'what do I do, my friend is overdosing'],
  },
  'info-seeking': {
    description:
      'A question about the program or the topic rather than a disclosure ("suicide prevention group", ' +
      '"do you give out narcan", "can withdrawal cause seizures", "¿tienen información sobre sobredosis?"). ' +
      'Only on patterns for a bare topic word; first-person phrases ("I\'m suicidal") have no such guard.',
    when: [{ before: INFO_SEEKING }, { after: INFO_SEEKING }],
    vetoes: ['do you have a suicide prevention group?', 'can withdrawal cause seizures?', '¿tienen información sobre prevención de sobredosis?'],
    keeps: ["I'm suicidal, do you have a group tonight?", 'my friend is overdosing what do i do'],
  },
  'question-about-program': {
    description:
      'A message that opens by asking what the program does ("does your program treat people with suicidal ' +
      'thoughts...?"): the bare topic word is the subject of the question. Off when anything in it is now.',
    when: [
      {
        message: re(
          String.raw`^(?:(?:hi|hello|hey|hola|yes|ok|okay|quick question|question)(?: there)? (?:\. )?)*(?:does|do|can|will|would|is|are|could) (?:your|the|you|u|yall|ur|this|there|they) (?:[^ ]+ ){0,3}(?:program|programs|clinic|center|centre|iop|group|groups|staff|treat|help|take|accept|offer|work with|deal with|handle|have|see|address|cover)\b`,
        ),
      },
    ],
    unlessInMessage: re(PRESENT),
    vetoes: ['Does your program treat people who have depression and suicidal thoughts alongside addiction?'],
    keeps: ['does your program help? my brother is suicidal right now', "I'm suicidal, do you have a group tonight?"],
  },
  'intent-not-yet': {
    description:
      'For overdose-now: a plan, wish or fear ("thinking about overdosing", "gonna take all my pills", ' +
      '"scared of overdosing") is not an overdose happening now; suicide patterns catch the plan.',
    when: [
      {
        before: re(
          // Not a sensation: "my heart feels like its gonna stop after that line" is happening now.
          String.raw`(?<!\b(?:feels?|felt|feeling) like (?:its |it is |it was |im |i am |i was |i |my [^ ]+ )?)\b(?:thinking (?:about|of)|thought (?:about|of)|think about|planning(?: on| to)?|plan (?:on|to)|wanna|want|wants|gonna|will|ll|ill|might|could|would|should|considering|afraid (?:of|ill|im|to)|scared (?:of|ill|im|to)|worried (?:about|ill|im)|risk of|chance of|fear of|ready to|tempted to|hope|hoping|wish|wishing|pray|praying|pensando en|pienso en|pense en|planeando|planeo|quiero|quisiera|voy a|miedo de|miedo a|ganas de)(?: [^ ]+){0,3}$`,
        ),
      },
    ],
    vetoes: ["I'm scared of overdosing when I get out of detox", 'tengo miedo de una sobredosis cuando salga'],
    keeps: ['I think I took too many pills', 'he is overdosing right now', 'my heart feels like its gonna stop after that line'],
  },
  'scope.wish-not-overdose': {
    description:
      'For overdose-now: a wish, not an overdose ("wouldn\'t mind if I overdosed", "if I don\'t wake up tomorrow ' +
      'that\'s fine"): a passive wish to die, which the suicide patterns catch and ask about.',
    when: [
      { before: re(String.raw`\b(?:wouldnt mind if|would not mind if|dont mind if|wouldnt care if|dont care if|no me importaria si|ojala)(?: [^ ]+){0,3}$`) },
      { after: re(String.raw`^(?:[^ ]+ ){0,4}(?:thats|that would be|that would honestly be|would be|id be|itd be|it would be) (?:fine|ok|okay|alright|a relief|a blessing)\b`) },
      // Across a comma: "if I don't wake up tomorrow, that's okay with me", "if I don't wake up, so be it".
      {
        message: re(
          String.raw`\bif (?:i|he|she|they) (?:dont|doesnt|never) (?:wake up|make it)(?: [^ .]+){0,3}(?: \.)? (?:thats|that is|that would be|thatd be|its|it would be|so be it|id be|whatever)\b`,
        ),
      },
    ],
    handsTo: 'suicide',
    vetoes: ["if I don't wake up tomorrow that would honestly be fine by me", "if i don't wake up tomorrow, that's okay with me"],
    keeps: ["my son won't wake up and his lips are blue"],
  },
  'worry-not-yet': {
    description:
      'For medical-now on a bare symptom word: worry about one that may come ("scared I\'ll have a seizure if I ' +
      'stop drinking") is a withdrawal-risk question for the screening, not an emergency now.',
    when: [
      {
        before: re(
          String.raw`\b(?:afraid|scared|worried|worry|fear|risk|chance|what if|could i|can i|will i|might|hope (?:i |he |she |they |we )?(?:dont|doesnt|wont|never)|miedo|riesgo|puedo|podria)(?: [^ ]+){0,4}$`,
        ),
      },
    ],
    vetoes: ["I'm scared I'll have a seizure if I stop drinking", 'i hope i dont get hit by a car walking to group at night'],
    keeps: ['I think I am having a seizure'],
  },
  'figurative.en.unalived-a-thing': {
    description: '"she unalived that song", "he unalived the test": slang for doing something brilliantly, said of a thing.',
    when: [
      {
        after: re(
          String.raw`^(?:that|the|this|a|an|his|her|their) (?:[^ ]+ )?(?:song|karaoke|game|match|test|exam|quiz|outfit|look|fit|beat|track|performance|stage|interview|set|solo|verse|dance|routine|presentation|speech|pizza|burger|meal|workout|level|boss)\b`,
        ),
      },
      { before: re(String.raw`\b(?:song|video|tiktok|meme|joke|movie|show|episode|post|album|beat|this|that|it|she|he)(?: (?:literally|absolutely|actually|just|totally|lowkey))?$`), after: re(String.raw`^me\b`) },
    ],
    vetoes: ['my bestie literally unalived that karaoke song', 'this song absolutely unalived me lmao'],
    keeps: ['i want to unalive myself', 'thinking about unaliving tonight'],
  },
  'scope.en.aimed-at-other': {
    description:
      'A weapon at hand aimed at someone else ("gun in my lap and he is on his way home", "waiting for him with ' +
      'a knife"): harm to others, which its own patterns catch and ask about; not a suicide match.',
    when: [
      {
        message: re(
          String.raw`\b(?:waiting for (?:him|her|them|that|my|the)|(?:when|till|until|once) (?:he|she|they) (?:gets?|comes?|walks?) (?:home|back|in|here)|(?:hes|shes|theyre) on (?:his|her|their) way|(?:for|at|on) (?:him|her|them) (?:when|if|tonight|right now)|(?:going|gonna|about to|ready to) (?:shoot|stab|kill|hurt|get|use it on) (?:him|her|them|my|that|the)|(?:he|she|they) (?:is|are) asleep|(?:hes|shes|theyre) (?:asleep|sleeping))\b`,
        ),
      },
    ],
    handsTo: 'harm-others',
    vetoes: ["gun in my lap and he's on his way home"],
    keeps: ['got my dads gun in my lap rn', 'i have the pills in my hand right now'],
  },
  'scope.en.someone-deserves': {
    description: '"he deserves to die": a wish for someone else\'s death, which harm-to-others patterns catch; not a wish to die.',
    when: [{ before: re(String.raw`\b(?:he|she|they|him|her|them|hes|shes|theyre|that (?:guy|man|woman|dude|bitch|bastard|mf|fucker|asshole)|(?:my|his|her|the) (?:ex|dad|father|stepdad|mom|mother|husband|wife|boyfriend|girlfriend|bf|gf|dealer|boss|brother|sister|uncle|neighbor|landlord))(?: (?:really|totally|fucking|honestly|just))?$`), around: re(String.raw`\bdeserves? to (?:die|be dead)\b`) }],
    handsTo: 'harm-others',
    vetoes: ['he deserves to die for what he did'],
    keeps: ['i deserve to die', 'i want to die', 'my son keeps saying he wants to die'],
  },
  'screening-answer-no': {
    description:
      'A screening question quoted and answered no ("any thoughts of ending my life? no. using daily? yes"), as ' +
      'people paste intake forms.',
    when: [
      {
        message: re(
          String.raw`\b(?:thoughts?|plans?|thinking|ideas?|urges?) (?:of|about|to) (?:ending (?:my|your) life|end (?:my|your) life|suicide|killing (?:myself|yourself)|kill (?:myself|yourself)|hurting (?:myself|yourself)|self ?harm)(?: [^ .]+){0,2} \. (?:no|nope|never|none|nah|negative)\b`,
        ),
      },
    ],
    vetoes: ['any thoughts of ending my life? no. using daily? yes, about half a gram'],
    keeps: ['any thoughts of ending my life? yes', 'thoughts of suicide? every day'],
  },
  'medication-question': {
    description: '"I have my pills in front of me, is it ok to take them with food?": a question about taking a medicine as meant.',
    when: [{ message: re(String.raw`\b(?:is it (?:ok|okay|safe|fine|alright)|can i|should i|do i|how do i) (?:to )?(?:take|swallow|split|crush) (?:it|them|these|those|my|the)\b`) }],
    vetoes: ['i have my pills in front of me, is it ok to take them with food'],
    keeps: ['I have the tablets in front of me and I have not taken them yet'],
  },
  'figurative.en.die-of': {
    description: '"die of embarrassment", "die laughing", "dying to/for": an idiom, not a wish to die.',
    when: [
      { after: re(String.raw`^(?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|curiosity|hunger|thirst|cuteness|jealousy|envy)\b|^laughing\b`) },
      { after: re(String.raw`^(?:to|for) `) },
    ],
    vetoes: ['I want to die of embarrassment after last night', "I'm dying to get started"],
    keeps: ['I want to die of this pain, it never stops', 'I just want to die'],
  },
  'figurative.en.laughing': {
    description: '"I can\'t breathe lol", "im dying lmao": laughter, not a symptom.',
    when: [{ around: re(String.raw`\b(?:lol|lmao|lmfao|rofl|haha\w*|laugh\w*|funny|hilarious)\b`) }],
    vetoes: ["can't breathe I'm laughing so hard", 'im dying lmao'],
    keeps: ["I can't breathe and my chest hurts"],
  },
  'figurative.en.like-this': {
    description:
      '"I don\'t want to live like this anymore" / "can\'t go on like this": in an intake for treatment this is ' +
      'the wish to change, the most common reason people write; the C-SSRS asks everyone about wishing to be dead.',
    when: [
      {
        after: re(
          String.raw`^(?:[^ ]+ )?(?:like this(?! (?:week|weekend|morning|afternoon|evening|year|month|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday))|like that|this way|that way|like i am|the way i am|with (?:this|my) (?:addiction|drinking|habit)|in (?:this|that) (?:state|condition|situation|cycle|mess))\b`,
        ),
      },
    ],
    vetoes: ["I don't want to live like this anymore, I need help", "I can't keep living like this"],
    keeps: ["I don't want to live anymore"],
  },
  'figurative.en.take-my-life-back': {
    description: '"take my life back", "take my life in a new direction": recovery language.',
    when: [{ after: re(String.raw`^(?:back|again|in(?:to)? (?:a|my) (?:new|different|better|own)|into my own hands|seriously|over|in a new direction)\b`) }],
    vetoes: ['I want to take my life back from alcohol'],
    keeps: ['I want to take my own life'],
  },
  'figurative.en.end-it-with': {
    description: '"end it with alcohol", "end things with my dealer": ending a relationship or a habit.',
    when: [{ after: re(String.raw`^with\b`) }],
    vetoes: ["i'm ready to end it with alcohol for good", 'I need to end things with my dealer'],
    keeps: ["I'm going to end it tonight"],
  },
  'figurative.en.drown-in': {
    description: '"drown myself in work/booze": an idiom.',
    when: [{ after: re(String.raw`^in (?:[^ ]+ )?(?:work|booze|alcohol|drinks?|beer|wine|sorrows?|tears|paperwork|music|tv|food|bills|debt|problems|worry|guilt)\b`) }],
    vetoes: ['I drown myself in work so I do not drink'],
    keeps: ["I'm going to drown myself in the lake"],
  },
  'figurative.en.kill-me-if-i-use': {
    description:
      '"my wife will kill me if I relapse", "my boss will kill me if I\'m late": the condition is the person\'s own ' +
      'drinking, lateness or the like. Conditions such as "if I leave" or "if I tell anyone" are never vetoed.',
    when: [
      {
        after: re(
          String.raw`^(?:if|when|once) (?:i|im) (?:[^ ]+ ){0,2}?(?:relapse\w*|drink\w*|drank|use|using|get high|get drunk|slip\w*|late|miss\w*|mess\w* up|screw\w* up|forget|forgot|fail\w*|spend|spent|lose|lost|dont (?:stop|quit|get|show)|keep (?:drinking|using)|go back|take (?:another |a |more |one more )?(?:day|days|time|week) off|call (?:in|out) (?:sick )?again|leave early|skip\w*)\b`,
        ),
      },
    ],
    vetoes: ["my wife is going to kill me if I'm late again", 'she is going to kill me if i drink again', 'my manager will murder me if I take more time off'],
    keeps: ["he's going to kill me if I leave", 'he will kill me if I tell anyone'],
  },
  'figurative.en.parent-finds-out': {
    description:
      '"my mom is gonna kill me when she finds out": a parent, boss or sibling finding out. A partner finding ' +
      'out is not vetoed (that is how abuse is often described).',
    when: [
      {
        before: re(String.raw`\b(?:${PARENT_OR_BOSS_EN})s?\b`),
        after: re(String.raw`^(?:if|when|once) (?:she|he|they) (?:[^ ]+ )?(?:finds? out|sees?|hears?|knows?|notices?|learns?|smells?|gets? home)\b`),
      },
    ],
    vetoes: ['my mom is gonna kill me when she sees my grades', 'my therapist is gonna kill me when she hears i skipped'],
    keeps: ['my husband will kill me if he finds out I called you'],
  },
  'figurative.en.hit-me-up': {
    description: '"hit me up", "hit me with the schedule", "she beat me at cards".',
    when: [{ around: re(String.raw`\bhits? me (?:up|with (?:(?:the|a|an|some|that|this|those) )?(?:news|questions?|schedule|info|details|link|address|number|update|bill|truth|facts|good news|bad news|paperwork|forms?)|with it)\b|\bbeats? me (?:at|in|to it|to the)\b`) }],
    vetoes: ['my sponsor told me to hit me up anytime lol he said hit me up'],
    keeps: ['he hit me again tonight', 'my boyfriend beat me up', 'he hits me with a belt when he drinks'],
  },
  'figurative.en.shoot-a-message': {
    description: '"shoot him a text".',
    when: [{ after: re(String.raw`^(?:a|an) (?:text|message|msg|email|e mail|call|dm|line|note|quick)\b`) }],
    vetoes: ["I'll shoot him an email"],
    keeps: ['I will shoot him'],
  },
  'figurative.en.scared-finding-out': {
    description: '"scared of my mom finding out": fear of being found out, not of a person.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?(?:finding out|find out|knowing|judging|reaction|seeing me|will think|thinks|being disappointed)\b`) }],
    vetoes: ["I'm scared of my mom finding out"],
    keeps: ["I'm scared of my husband"],
  },
  'figurative.en.in-danger-of': {
    description: '"in danger of losing my job".',
    when: [{ after: re(String.raw`^of\b`) }],
    vetoes: ["i'm in danger of losing my job"],
    keeps: ["I'm in danger"],
  },
  'figurative.en.unsafe-activity': {
    description: '"I don\'t feel safe driving after dark".',
    when: [{ after: re(String.raw`^(?:driving|to drive|walking|to walk|on the bus|taking|to take|at night|going out|biking|riding|in (?:my|the) car)\b`) }],
    vetoes: ["I don't feel safe driving after dark, are there morning groups?"],
    keeps: ["I don't feel safe at home"],
  },
  'figurative.en.not-responding': {
    description: '"not responding to my texts", "my phone is not responding", "not responding to treatment".',
    when: [
      {
        around: re(
          String.raw`(?<!\bvoice )\b(?:to|on) (?:my |our |any |his |her )?(?:texts?|messages?|calls?|emails?|phone|treatment|medications?|meds|therapy|antibiotics)\b|\b(?:phone|computer|app|screen|website|site|system|laptop|chat|bot|server|page|tablet)\b`,
        ),
      },
    ],
    vetoes: ["my brother isn't responding to my texts"],
    keeps: ['she is not responding after using'],
  },
  'figurative.en.breathing-a-word': {
    description: '"not breathing a word".',
    when: [{ after: re(String.raw`^a word\b`) }],
    vetoes: ["I'm not breathing a word of this to my boss"],
    keeps: ["he's not breathing"],
  },
  'figurative.en.i-cant-wake-up': {
    description: '"I can\'t wake up in the morning": the person themself, tired, not someone unresponsive.',
    when: [{ before: re(String.raw`(?:^| )(?:i|we)(?: (?:just|still|usually|always|never|really|often|sometimes|probably))?$`) }],
    vetoes: ["I can't wake up in the mornings since I stopped"],
    keeps: ["my son won't wake up"],
  },
  'figurative.en.as-prescribed': {
    description: '"took all my meds as prescribed".',
    when: [{ around: re(String.raw`\b(?:as|like) (?:prescribed|directed|my doctor said|im supposed to|the doctor said)\b`) }],
    vetoes: ['I took all my meds as prescribed this week'],
    keeps: ['I took all my meds at once'],
  },
  accidental: {
    description:
      'An accident, not self-harm: "cut myself shaving", "hurt myself lifting boxes", "me corté cocinando", ' +
      '"me corto el pelo", "me lastimé la espalda en el trabajo".',
    when: [
      {
        around: re(
          String.raw`\b(?:by accident|accidentally|accident|shaving|cooking|chopping|at work|at the gym|working out|workout|lifting|playing|fell|falling|slipped|tripped|in the kitchen|on (?:a |the |some )?(?:glass|knife|can|paper|nail|fence|metal)|with (?:a |the )?kitchen knife)\b|` +
            String.raw`\b(?:sin querer|por accidente|accidente|cocinando|rasurandome|afeitandome|en el trabajo|jugando|haciendo ejercicio|en el gym|me cai|cayendome|resbale)\b|` +
            String.raw`\b(?:la|el|los|las) (?:espalda|rodilla|tobillo|cuello|hombro|pelo|cabello|unas|barba|fleco|flequillo|bigote|puntas)\b`,
        ),
      },
    ],
    // "with a kitchen knife ... on purpose" is not an accident, nor is "it wasn't an accident".
    unlessInMessage: re(
      String.raw`\b(?:on purpose|deliberately|intentionally|to feel|to punish|a proposito|adrede|para sentir|` +
        String.raw`(?:not|wasnt|isnt|was not|is not|no) (?:an? )?accident|no (?:fue|es|era) (?:un |ningun )?(?:accidente|sin querer)|fui yo)\b`,
    ),
    vetoes: ['I cut myself shaving', 'i hurt myself lifting boxes', 'me corté cocinando', 'me corto el pelo cada mes'],
    keeps: [
      'I cut myself on purpose',
      'me corto los brazos',
      'cut myself with a kitchen knife on purpose',
      'me corte el brazo en el trabajo y no fue accidente',
      'I cut myself at work and it was not an accident',
    ],
  },
} as const satisfies Record<string, Guard>;

/** Every guard a pattern may name: the core ones above, and the idioms of each language's own file. */
export const guards = { ...coreGuards, ...enSuicideGuards, ...enHarmGuards, ...enEmergencyGuards, ...esGuards, ...esEmergencyGuards, ...meansGuards } as const;

export type GuardId = keyof typeof guards;

export interface GuardContext {
  /** Normalized message. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: CrisisKind;
  /** Results of whole-message tests (unlessInMessage), shared by every match in one message. */
  readonly messageTests: Map<RegExp, boolean>;
}

function testMessage(ctx: GuardContext, re: RegExp): boolean {
  let hit = ctx.messageTests.get(re);
  if (hit === undefined) {
    hit = re.test(ctx.text);
    ctx.messageTests.set(re, hit);
  }
  return hit;
}

/** The phrase before `start`: back to a clause break or conjunction, at most PHRASE_CHARS characters. */
export function phraseBefore(text: string, start: number): string {
  const from = Math.max(0, start - PHRASE_CHARS);
  const tokens = text.slice(from, start).trim().split(' ');
  if (from > 0) tokens.shift(); // may be a cut word
  let i = tokens.length;
  while (i > 0 && !breaksAt(tokens, i - 1)) i -= 1;
  return tokens.slice(i).join(' ');
}

/** The phrase after `end`: up to a clause break or conjunction, at most PHRASE_CHARS characters. */
export function phraseAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + PHRASE_CHARS);
  const tokens = text.slice(end, to).trim().split(' ');
  if (to < text.length) tokens.pop(); // may be a cut word
  const i = tokens.findIndex((_t, k) => breaksAt(tokens, k));
  return (i < 0 ? tokens : tokens.slice(0, i)).join(' ');
}

/** The clause before the one holding `start` ("" when there is none). */
export function clauseBefore(text: string, start: number): string {
  const ownStart = text.lastIndexOf(' . ', start - 1);
  if (ownStart < 0) return '';
  const from = text.lastIndexOf(' . ', ownStart - 1);
  return text.slice(from < 0 ? 0 : from + 3, ownStart);
}

/** The clause after the one holding `end` ("" when there is none). */
export function clauseAfter(text: string, end: number): string {
  const ownEnd = text.indexOf(' . ', end);
  if (ownEnd < 0) return '';
  const to = text.indexOf(' . ', ownEnd + 3);
  return text.slice(ownEnd + 3, to < 0 ? text.length : to);
}

interface Windows {
  readonly before: string;
  readonly matched: string;
  readonly after: string;
  readonly ctx: GuardContext;
}

function conditionHolds(c: GuardCondition, { before, matched, after, ctx }: Windows): boolean {
  const { text } = ctx;
  if (c.message && !c.message.test(text)) return false;
  if (c.clauseBefore && !c.clauseBefore.test(clauseBefore(text, ctx.start))) return false;
  if (c.clauseAfter && !c.clauseAfter.test(clauseAfter(text, ctx.end))) return false;
  if (c.before && !c.before.test(before)) return false;
  if (c.after && !c.after.test(after)) return false;
  if (c.around && !c.around.test(`${before} ${matched} ${after}`)) return false;
  return true;
}

/** The id of the first listed guard that vetoes this match, or undefined when none does. */
export function vetoingGuard(ids: readonly GuardId[], ctx: GuardContext): GuardId | undefined {
  if (ids.length === 0) return undefined;
  const before = phraseBefore(ctx.text, ctx.start);
  const after = phraseAfter(ctx.text, ctx.end);
  const matched = ctx.text.slice(ctx.start, ctx.end);
  for (const id of ids) {
    const guard: Guard = guards[id];
    if (!guard.when.some((c) => conditionHolds(c, { before, matched, after, ctx }))) continue;
    if (guard.unlessInMessage && testMessage(ctx, guard.unlessInMessage)) continue;
    if (guard.unlessNear?.test(ctx.text.slice(Math.max(0, ctx.start - UNLESS_NEAR_CHARS), ctx.end + UNLESS_NEAR_CHARS))) continue;
    if (guard.unlessAfter?.test(ctx.text.slice(ctx.end, ctx.end + UNLESS_AFTER_CHARS))) continue;
    return id;
  }
  return undefined;
}
