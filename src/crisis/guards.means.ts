/**
 * Guards for the means-at-hand patterns (patterns.means.ts): what a gun, a rope or a blade beside an
 * everyday life looks like (hunting, a safe, a clothesline, shaving, a toy, an idiom), a means denied
 * or past, and who it is aimed at. See guards.ts for how a guard is applied.
 */
import { re, type Guard } from './guard';
import { ASIDE_CONDITIONS, LONG_PAST_TIME } from './timeAsides';

/** Someone else as the aim: "find the kid who sold...", "outside his house", "hell shoot the aide", "has it coming". */
const AIMED_AT_OTHER =
  String.raw`\b(?:(?:go|going|gonna|went|left) (?:to )?(?:find|after|get|see|visit|pay (?:a )?visit)|(?:to )?find (?:him|her|them|the|that|those)|found (?:him|her|them|where)|` +
  String.raw`looking for (?:him|her|them|the|that)|waiting (?:for|on) (?:him|her|them|the|that)|outside (?:his|her|their|the) (?:house|place|work|job|apartment|trailer|bar)|` +
  String.raw`(?:shoot|shooting|kill|killing|hurt|hurting|use it on|pop|smoke|handle|handling|deal with|take care of|take out) (?:him|her|them|em|the|that|those|his|her|my|up|everyone|somebody|someone|people)|` +
  String.raw`(?:has|have|had) it coming|(?:gonna|going to|will|ll) (?:pay|be sorry|regret|answer for)|` +
  String.raw`(?:in|into) (?:(?:his|her|their) (?:[^ ]+ )?(?:thermos|coffee|drink|food|cup|soup|tea|juice|meal|lunch|plate)|the (?:[^ ]+ )?(?:thermos|coffee|drink|food|cup|soup|tea|juice|meal|lunch|plate) (?:he|she|they) )|make (?:him|her|them|em) (?:pay|regret|sorry)|` +
  String.raw`(?:going|gonna go|go|went|headed|heading|drove|driving) (?:over )?to (?:his|her|their) (?:job|work|house|place|school|campus|apartment|moms|dads)|(?:the|that) (?:guy|man|dude|kid|one|woman|bitch|bastard|mf) (?:who|that)|` +
  String.raw`(?:says|said|saying|keeps saying) (?:hell|shell|theyll|he will|she will|he is gonna|she is gonna|hes gonna|shes gonna)|` +
  String.raw`(?:neighbors?|cops?|police|his boss|her boss|my boss|my ex|his ex|her ex|stepdad|stepfather|the dealer|his dealer|sister|brother|wife|husband|mom|dad|aide)\b(?: [^ .]+){0,4} (?:coming|comes|owes|sold|gets|hit|hurt|poisoning)|` +
  String.raw`(?:ir a buscar|fue a buscar|anda buscando|va a buscar|buscando a|esperando a|esperar a|afuera de (?:su|la casa)|al que|a la que|a los que|se las va a ver|me las va a pagar|se va a arrepentir|le voy a|lo voy a|la voy a|los voy a))\b`;

/** Someone else holds it against the writer's household: "he showed up drunk with a gun demanding the baby". */
const HELD_AGAINST_ME =
  String.raw`\b(?:he|she|they|hes|shes|theyre|(?:(?:my|our|her|his) (?:[^ ]+s )?)?(?:ex|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|stepdad|stepfather|brother|son|neighbor|landlord|dealer)|(?:a|some|this|the) (?:guy|man|dude|woman))\b(?: [^ .]+){0,8} (?:at me|at us|at my|my door|our door|outside (?:my|our)|demanding|demands|threaten\w*|pointing|pointed|banging|showed up|turned up|came (?:over|here|back)|trying to get in|wont leave)\b|` +
  String.raw`\b(?:me|nos) (?:apunta|apunto|amenaza|amenazo|echa|corre|pega)\b(?: [^ .]+){0,8} (?:tiene|trae|saca|sac[oó]) (?:una|la|su) (?:pistola|escopeta|arma|cuerno|rifle|fusca)\b|\b(?:me|nos) (?:apunta|apunto|amenaza|amenazo)\b|\bcon (?:una|la|su) (?:pistola|arma) (?:en la mano )?(?:exigiendo|gritando|amenazando)\b`;

export const meansGuards = {
  'firearm.everyday': {
    description:
      'A gun in an everyday life, said in the gun\'s own phrase: hunting, the range, a locked safe, a job that ' +
      'carries one, removing them for safety, a toy; "caza", "pistola de agua", "caja fuerte". Off when the ' +
      'message also holds a sign of risk (loaded, drunk, in a lap, not answering).',
    when: [
      {
        around: re(
          String.raw`\b(?<!\b(?:not|isnt|wasnt|no|dont|doesnt|never) (?:a |the )?)(?:hunt|hunts|hunting|hunter|hunters|deer|elk|duck|pheasant|coyotes?|ranch|target practice|shooting range|the range|gun range|gun safe|(?<!\b(?:of|from|out of) )(?:a|the|his|her|my|in) safe|locked (?:up|away|in (?:a|the|his|her|my) (?:safe|box|case|cabinet))|lock (?:it|them|the guns?) (?:up|away)|lockbox|lock box|trigger locks?|gun locks?|concealed carry|ccw|water (?:gun|pistol)|nerf|toy|bb gun|pellet|paintball|airsoft|video games?|call of duty|fortnite|tv show|gun (?:show|store|shop)|stor(?:e|ed|ing) (?:[^ ]+ ){0,2}(?:it|them|guns?|rifles?|firearms?)|safe storage|safely|gun (?:license|permit)|carry permit|registered|registrada|feria de armas|remov(?:e|ed|ing) (?:it|them|the guns?|his guns?|her guns?|all)|(?:get|got|getting) rid of|gave (?:it|them|the guns?|his guns?) to|safety (?:class|course|counseling)|(?:to )?(?:sell|selling|pawn|pawning) (?:it|them)|gun buyback|turn (?:it|them) in|collects|antique|security guard|on duty|army|veteran|deputy|officer|(?:considered|count as|counts as|classified as) (?:a )?weapons?|carr(?:y|ies|ied) (?:[^ ]+ ){0,3}(?:to|at|for) work|` +
            String.raw`cazar|caza|cazando|caceria|venado|venados|de agua|juguete|caja fuerte|rancho|de adorno|campo de tiro|guardia de seguridad)\b`,
        ),
      },
      // Hunting anywhere in the message: "tengo la escopeta aquí, mi compadre viene para ir de cacería".
      { message: re(String.raw`\b(?<!\b(?:not|isnt|wasnt|no|dont|doesnt|never) (?:a |the )?)(?:hunting|hunt|hunter|hunters|deer|elk|caceria|cazar|de caza|venados?)\b`) },
      // Owned for protection, with a permit: "tengo una pistola y es para protegerme, tengo permiso".
      { message: re(String.raw`\b(?:for (?:protection|self defense|home defense)|para (?:protegerme|protegernos|defenderme|defensa|proteccion)|(?:have|got|with) (?:a |my )?(?:carry )?permit|(?:tengo|con) (?:permiso|licencia))\b`) },
      // A question about admission: "compré una pistola, ¿eso afecta mi admisión?"
      { message: re(String.raw`\b(?:affect|affects|afecta|afectar) (?:my|mi|the|la|el) (?:admission|admision|intake|ingreso|eligibility)\b|\b(?:allowed|permitted) to (?:have|own|keep)\b|\btengo que (?:decirlo|decirles|avisar|reportarlo)\b|\bdo i (?:have|need) to (?:tell|report|say|disclose)\b`) },
    ],
    unlessInMessage: re(
      String.raw`\b(?:loaded|loading|drunk|wasted|high|bottle|in (?:my|his|her) (?:lap|mouth|hand)|to (?:my|his|her) head|locked (?:him|her|my)self|wont come out|not answering|isnt answering|sit|sits|sitting|holding|pointing|goodbye|cargada|cargando|borracho|borracha|encerrado|encerrada|no contesta|en la mano|en la boca)\b`,
    ),
    vetoes: [
      'my dad has a gun for hunting',
      'i keep my hunting rifle locked in a safe',
      'tengo la pistola de mi papa guardada en la caja fuerte',
      'my husband carries his service weapon to work every day, hes a deputy',
      'is a taser considered a weapon',
      'tengo una pistola y es para protegerme, tengo permiso',
    ],
    keeps: [
      'my husband went out to the woods with his rifle and a bottle and its not hunting season',
      'mi esposo se fue con la pistola en la troca',
      'my husband took his deer rifle and drove off drunk, hes not answering his phone',
      'Lost my license, my job, my wife. Sitting in the truck with my rifle.',
    ],
  },
  'means.none-at-hand': {
    description:
      'No gun, rope or blade, or no longer: "I don\'t have access to guns", "no gun in the house", "got rid of the ' +
      'rifle", "no tengo ninguna navaja". A possession word must stand right before it: "nobody knows about the gun" is not a denial.',
    when: [
      {
        before: re(
          String.raw`(?:^| )(?:(?:dont|doesnt|didnt|never|no longer|not) (?:have|own|keep|owned|had|carry|got)|no access to|got rid of|get rid of|getting rid of|sold|gave away|theres no|there is no|no|ya no tengo|no tengo|no tiene|no hay|no tenemos|ya no hay)(?: (?:a|any|an|the|my|his|her|access to|una|un|la|el|su|mi|acceso a|ninguna|ningun|ni una|ni un))?$`,
        ),
      },
    ],
    vetoes: ["i dont have access to guns, my counselor told me to say that", 'no i dont have a gun at home anymore', 'ya no tengo la pistola, se la di a mi hermano', 'no tengo ninguna navaja ni nada, mi consejera me pregunto'],
    keeps: ['nobody knows i bought a gun last week', 'my wife doesnt know about the gun. i bought it yesterday', 'ya no puedo mas la pistola esta cargada'],
  },
  'means.past': {
    description:
      'A means in the past: "had a rifle back then", "carried one in the army for 8 years", a gun or a blade beside ' +
      'a time long past. Only times count, not events: "my husband died last year, I have his gun in my lap" is now.',
    when: [
      { before: re(String.raw`\b(?:had|owned|sold|used to (?:have|own|carry|keep)|carried|tenia|vendi|vendio)(?: (?:a|an|the|his|her|my|una|un|la|el|su|mi))?$`) },
      { around: re(String.raw`\b(?:${LONG_PAST_TIME})\b`) },
      // A habit or a person of the past: "my late husband used to threaten me with his gun".
      { around: re(String.raw`\b(?:used to|my late|(?:he|she) passed|passed away|solia|en paz descanse)\b`) },
      ...ASIDE_CONDITIONS,
    ],
    unlessInMessage: re(String.raw`\b(?:right now|tonight|today|again|loaded|in (?:my|his|her) (?:lap|hand|mouth)|ahora|hoy|esta noche|otra vez|cargada|en la (?:mano|boca))\b`),
    vetoes: [
      'I sat up with my rifle some nights. That was fifty years ago and I got through it.',
      'i had a shotgun when i was a kid',
      'My late husband used to threaten me with his gun when he was drunk. He passed in 2012.',
    ],
    keeps: ['my husband died last year i have his gun in my lap', 'mi papa murio el ano pasado tengo su pistola en la mano'],
  },
  'firearm.idiom': {
    description:
      '"jumped the gun", "stick to my guns", "riding shotgun", "son of a gun", "nail gun", "massage gun", "pistol ' +
      'squats", "a real pistol", "ammo in the custody case", "arma secreta", "pistola de silicón": not a firearm.',
    when: [
      {
        before: re(
          String.raw`\b(?:jump|jumped|jumping|jumps|stick to|stuck to|son of a|under the|big|top|hired|smoking|glue|nail|staple|heat|spray|tattoo|radar|squirt|temperature|thermometer|massage|caulk|grease|paint|label|price|foam|ride|riding|rode|call|called|calling)(?: [^ ]+)?$`,
        ),
      },
      { before: re(String.raw`\b(?:songs?|movies?|films?|shows?|books?|games?|videos?|playlist|lyrics|cancion(?:es)?|pelicula|peliculas|serie) (?:about|with|of|sobre|de|con)(?: [^ ]+)?$`) },
      { after: re(String.raw`^(?:blazing|it|show|shows|powder|metal|control|violence|squats?|wedding|bigger|through|by the beatles|secreta|de (?:silicon|silicona|calor|pintura|clavos|agua))\b`) },
      { around: re(String.raw`\b(?:jump(?:ed|ing|s)? the gun|stick(?:ing)? to (?:my|his|her|their|our) guns|riding shotgun|son of a gun|guns (?:n|and) roses|top gun|(?:my|his|her|your) guns (?:are|look|got)|real pistol|as ammo)\b`) },
    ],
    vetoes: [
      'i jumped the gun on signing up, can i change the date',
      'my brother rode shotgun to the intake',
      'sticking to my guns this time, no more drinking',
      'my massage gun helps my back pain',
      'my ex will use my relapse as ammo in the custody case',
      'mi arma secreta es el ejercicio',
    ],
    keeps: ['he has a gun'],
  },
  'means.rope-everyday': {
    description:
      'A rope in an everyday life: a clothesline, a hammock, a jump rope, a boat, camping, "learn the ropes", ' +
      '"roped into", "at the end of my rope" (an idiom of exhaustion the screening asks about).',
    when: [
      {
        around: re(
          String.raw`\b(?:hammock|hamaca|tendedero|clothes ?line|laundry|ropa|jump(?:ing)? rope|ropes course|(?:learn|learning|know|knows|show|showed|showing) (?:me |you |him |her |them )?the ropes|end of (?:my|his|her|the) rope|roped (?:into|in|me)|tow|climbing|climb|swing|toy|lights?|tug of war|boat|dock|anchor|camping|tent|tarp|tie down|cargo|battle ropes|gym|saltar la cuerda|brincar la cuerda|columpio|lancha|barco|amarrar|amarro|amarrarla|carga|troca|remolque|mudanza|caballos?|ganado|vacas|load|horses?|cattle|trailer)\b`,
        ),
      },
      // What it is for, said in the next clause: "compré una soga … es para el columpio".
      {
        clauseAfter: re(
          String.raw`^(?:y )?(?:es|era|son|its|it is|thats|that is|is) (?:pa|para|for) (?:el |la |los |las |a |the |my |mi |our )?(?:columpio|hamaca|tendedero|swing|hammock|clothesline|boat|truck|troca|camping|carga|load|horses?|caballos?)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:neck|hang|hanging|noose|beam|rafter|closet|garage|tree|trunk|cuello|colgar|colgarme|viga|arbol|ahorcar|ahorcarme)\b`),
    vetoes: [
      'la cuerda del tendedero ya esta lista',
      'still learning the ropes at my new job',
      'tengo la soga para amarrar la carga en la troca',
      'the rope is for the swing, i just bought it',
    ],
    keeps: ['the only thing i still have is the rope in my trunk', 'se fue con la cuerda del garage'],
  },
  'means.poison-everyday': {
    description: 'Rat poison bought for rats, antifreeze for a car: not a means, unless a person is what it is for.',
    when: [{ message: re(String.raw`\b(?:rats?|mice|mouse|roach(?:es)?|pests?|ratas|ratones|raton|cucarachas|plagas?|hormigas|car|carro|radiator|radiador)\b`) }],
    unlessInMessage: re(String.raw`\b(?:persona|person|human|people|myself|me|yourself|someone|alguien|tomar|tomarme|tomarlo|drink|swallow|tragar|efecto|how (?:much|long)|cuanto|cuanta|tarda|takes?|(?:in|into) my (?:coffee|drink|cup|tea|juice|soda|beer|water|food)|(?:en|con) mi (?:cafe|bebida|refresco|agua|cerveza|comida))\b`),
    vetoes: ['compre veneno pa las ratas de la cocina'],
    keeps: ['cuanto tarda en hacer efecto el veneno para ratas en una persona', 'how much rat poison would it take', 'put rat poison in my coffee tonight'],
  },
  'means.blade-everyday': {
    description:
      'A blade in an everyday life: shaving, a blender, skates, a utility knife for boxes, work in the field, a ' +
      'collection, a lawn mower, a shoulder blade, blades of grass.',
    when: [
      {
        around: re(
          String.raw`\b(?:shav\w*|afeit\w*|rasur\w*|barba|beard|legs? hair|blender|licuadora|skates?|skating|ice|hockey|utility knife|boxes|cajas|toolbox|tool box|herramientas?|campo|field|fields|garden|jardin|colecci?on|collection|collector|lawn ?mower|mower|podadora|fan|ventilador|shoulder|grass|pasto|zacate|safety razor|electric razor|rastrillo|for work|para (?:el )?trabajo|carpet|drywall|crafts?|manualidades|hamaca|cuerda|by accident|accidentally|sin querer|por accidente)\b`,
        ),
      },
      // Shaving anywhere in the message: "went too far with the razor and nicked my chin shaving".
      { message: re(String.raw`\b(?:shav(?:e|es|ed|ing)|afeit\w*|rasur\w*|nicked|beard|barba)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:cut|cutting|cuts|wrist|wrists|arm|arms|thigh|thighs|bleed|bleeding|blood|feel something|urge|urges|relapse|hurt myself|cortar(?:me|se)|cortarme|cortadas?|munecas?|brazos?|piernas|sangre|sangrando|lastimarme|hacerme dano)\b`),
    vetoes: ['i bought razor blades for my safety razor', 'traigo la navaja pa trabajar en el campo', 'i miss feeling the blade of my skates on the ice'],
    keeps: ['sitting in the bathroom at work with a razor blade from the supply closet. i just want to feel something', 'took the blade out of my shaving razor to cut my wrist'],
  },
  'means.held-against-me': {
    description:
      'Someone else has the gun and it is turned on the writer or their home ("he showed up drunk with a gun ' +
      'demanding the baby", "me apunta con la pistola"): abuse or danger now, which its own means pattern catches.',
    when: [{ message: re(HELD_AGAINST_ME) }],
    handsTo: 'abuse-danger',
    vetoes: ['my ex showed up drunk at the door with a gun demanding to see the baby'],
    keeps: ['my son bought a gun last week and keeps saying nothing matters'],
  },
  'means.not-against-me': {
    description:
      'For the abuse-or-danger means pattern: vetoes every match (a condition naming no window always holds) ' +
      'unless someone turns the gun on the writer, as means.held-against-me reads it.',
    when: [{}],
    unlessInMessage: re(HELD_AGAINST_ME),
    handsTo: 'suicide',
    vetoes: ['loaded it and sat with the gun in my lap an hour'],
    keeps: ['my ex showed up drunk at the door with a gun demanding to see the baby'],
  },
  'means.aimed-at-other': {
    description:
      'The gun or blade is aimed at someone else ("took his gun to find the kid who sold...", "outside his house with my .45", ' +
      '"se llevó la pistola a buscar al que..."): harm to others, which the harm-to-others means pattern catches.',
    when: [{ message: re(AIMED_AT_OTHER) }],
    handsTo: 'harm-others',
    vetoes: ['my husband left to go find the kid who sold our daughter the pills. he took his gun', 'mi hermano anda buscando al que le vendio el fentanilo y se llevo la pistola'],
    keeps: ['loaded it and sat with the gun in my lap an hour', 'my son bought a gun last week and keeps saying nothing matters'],
  },
  'means.no-one-else': {
    description:
      'For the harm-to-others means patterns: vetoes every match (a condition naming no window always holds) ' +
      'unless the message names someone else as the aim, as means.aimed-at-other reads it.',
    when: [{}],
    unlessInMessage: re(AIMED_AT_OTHER),
    handsTo: 'suicide',
    vetoes: ['loaded it and sat with the gun in my lap an hour'],
    keeps: [
      'my husband left to go find the kid who sold our daughter the pills. he took his gun',
      'hes saying hes going to her job tomorrow and hes gonna make her regret it, and hes been showing us the gun in his waistband',
    ],
  },
} as const satisfies Record<string, Guard>;
