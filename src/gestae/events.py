"""The events stage: CAMEO events from the dependency parse, with the rule that made each one.

The lexicon lives in ``gestae/data/lexicon``:

``verbs.tsv`` — ``code, verb, target, flags``
    ``verb`` is a lemma (``criticize``), a lemma and particle or preposition (``shoot down``,
    ``call on``), or a lemma with the lemma of its object after ``+`` (``sign +agreement``).
    ``target`` lists where the target is: ``obj`` (the direct object, or the subject of a
    passive) and/or prepositions (``with``, ``against``). ``flags``: ``sym`` for reciprocal
    actions (both directions; "A and B discussed" pairs A and B), ``phone`` (becomes 041 when the
    clause mentions a phone), ``mil=CODE`` (the code when the source is a military),
    ``cop=CODE`` (when it is police or prosecutors: "raided Samsung's headquarters" is a
    search, 091), ``milonly`` (only with a military source: "troops entered Mogadishu"),
    ``armedonly`` (only against armed groups: "searched for insurgents", not "for survivors"),
    ``actorobj`` (a direct object, if any, names an actor or a person met: "met Bush", "met the
    head of the IAEA", not "met resistance"; see the cue classes "thing met", "person met"),
    ``person=CODE``
    (the code when the object is an actor itself: "welcomed Zelensky" is hosting, 043;
    "welcomed the decision" praise), ``people=CODE`` (the code when the object is a person or
    a group of people: "seized a journalist" is 181, "seized a tanker" 171), ``place=CODE``
    (the code when the object is a place: "seized Aleppo" is 192), ``held=CODE`` (the code
    when the direct object is a person handed on: "handed the suspect over" is 063), ``recv``
    (the subject receives from the target: "received jets from Denmark" is Denmark's act),
    ``peopleonly`` (only with such an object: "questioned Pinochet"), ``actoronly`` (only when
    every object is an actor itself: "recognised Kosovo", not "the one-China policy"), ``norel``
    (not in a relative clause, where it says who someone is: "an official who worked with the
    ministers"),
    ``own`` (only when the direct object, if any, is the subject itself: "defended itself
    against accusations"),
    ``claim`` (claiming an attack: the code and target come from the attack it names),
    ``self`` (with no target named, the act is on the source's own side: "declared a state of
    emergency", "workers went on strike").

``judgements.tsv`` — ``code, word``
    Verdicts ("illegal", "a crime"): a speaker saying another's act is one criticizes its
    author ("Chirac said the US-led war in Iraq was illegal" is FRA -> USA 111).

``cues.tsv`` — ``class, word``
    Small word classes the rules look for (chemical agents, verbs of killing, plans one can
    reject...); each class says in a comment what it does.

``nouns.tsv`` — ``code, noun, target, flags``
    Event nouns, used both as objects of light verbs ("held talks", "had a telephone
    conversation") and as nominal events ("Turkey's deal with Russia", "the downing of a Russian
    warplane by Turkey"). ``noun`` may have modifiers before the head (``telephone
    conversation``); ``target`` may also be ``compound``, a place the noun is compounded with
    ("Lebanon pullout"). ``flags`` as for verbs, plus ``src=of`` when the ``of`` phrase is the
    source ("the approval of Moscow"), ``src=self`` when the noun names its doers ("the
    kidnappers of a journalist") and ``ask=CODE`` for the code of a noun that asks for something
    ("calls for a ceasefire" are appeals, a "call with Putin" a phone call).

An event is emitted only when the clause reports it as a fact: negated, questioned, conditional,
hypothetical and future-only clauses are skipped, except for intent codes (03x, 13x).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from gestae.actors import (
    ACCUSING,
    ATTACK_WORDS,
    BANDS,
    DEAL_MAKING,
    MILITIAS,
    OFFICE_NOUNS,
    PACTS,
    PARTITIVES,
    QUANTITY_NOUNS,
    ActorKB,
    ActorRef,
    PhraseResolver,
    after_name_particle,
    bundled_kb,
    clause_verb,
    continental,
    coordinated,
    counted,
    country_of,
    holds_gathering,
    hyphen_prefix,
    mention_index,
    phrase_tokens,
    primary,
    read_table,
    stolen_subject_of,
)
from gestae.actors import (
    SETTLEMENTS as TOWN_NOUNS,
)
from gestae.cameo import code_about, event_type
from gestae.nlp import dateline_span, fold
from gestae.temporal import MONTHS, TimeValue, date_for_event

#: Light verbs that make only agreements ("clinched a deal"; not "clinched the release").
DEAL_ONLY_VERBS = {"clinch", "forge", "finalize", "finalise", "cement", "hammer"}
#: Criminals the gold sets code as civilians, whose fights with the police are no protest.
OUTLAWS = {"gang", "gangs", "gangsters", "pirate", "pirates", "smugglers", "traffickers",
           "criminals", "bandits"}  # fmt: skip
#: Roles of people rather than institutions: a place on their phrase is where they are.
PEOPLE_ROLES = {"MIL", "COP", "CVL", "REB", "INS", "REF", "SEP"}
#: Verbs of helping another do something: "help Lebanon rebuild".
ENABLING = {"help", "assist", "enable"}
#: What one helps do for the one it is done to: "help rebuild Iraq".
BENEFITING = {"rebuild", "reconstruct", "stabilize", "stabilise", "defend", "protect"}
#: Verbs that let another act: not letting him means he did not.
CAUSATIVES = {"let", "allow", "permit"}
#: Words of setting prisoners free.
FREEING = {"free", "release", "pardon", "amnesty", "acquit"}
#: A sitting of talks that one ends by holding it: "ended two days of talks".
SESSIONS = {"day", "week", "round", "session"}
LIGHT_VERBS = {
    "have", "hold", "conduct", "carry", "launch", "stage", "mount", "make", "begin", "start",
    "continue", "resume", "open", "sign", "reach", "conclude", "impose", "wage", "unleash",
    "deliver", "give", "provide", "seal", "strike", "broker", "announce", "order", "step",
    "intensify", "escalate", "take", "issue", "send", "extend", "offer", "declare", "enter",
    "engage", "join", "attend", "fight", "complete", "finish", "commit", "perpetrate",
    "grant", "fly", "airlift", "ship", "set", "establish", "wrap", "kick", "lavish", "heap",
    "shower",
} | DEAL_ONLY_VERBS  # fmt: skip
MODALS = {"would", "could", "might", "may", "should", "can", "must", "ought"}
FUTURE = {"will", "shall", "'ll", "wo"}
#: Heads whose complement is planned, wanted or promised: "agreed to meet" is intent to meet.
INTENT_HEADS = {
    "want", "plan", "hope", "try", "seek", "intend", "expect", "aim", "propose", "threaten",
    "vow", "pledge", "promise", "prepare", "consider", "offer", "ask", "urge", "call", "need",
    "wish", "attempt", "agree", "decide", "plot", "able", "likely", "ready", "willing",
    "weigh", "mull", "contemplate",
}  # fmt: skip
#: Nouns whose infinitive is what their owner intends ("its readiness to mediate").
INTENT_NOUNS = {
    "willingness", "readiness", "intention", "intent", "plan", "commitment", "pledge",
    "promise", "offer", "determination", "desire", "wish", "vow", "resolve",
}  # fmt: skip
#: Heads of a policy option considered (CAMEO 014): "weighing sanctions", "considering sending".
CONSIDERING = {"consider", "weigh", "mull", "contemplate"}
#: The predicate of holding people hostage, however the parser attaches it.
CAPTIVITY = {"hostage", "captive"}
#: Verbs that halt what their gerund names: "stopped cooperating".
HALTING = {"stop", "cease", "halt", "suspend", "end"}
#: Common nouns for doers who speak or act for themselves: "the army said the rebels had
#: attacked a village, accusing the government ...": the rebels' accusation.
OTHER_DOERS = {
    "rebel", "insurgent", "militant", "guerrilla", "fighter", "gunman", "crowd", "mob",
    "protester", "demonstrator", "troop", "soldier", "force", "police", "army", "militia",
    "group", "movement", "government", "official", "opposition", "minister", "leader",
}  # fmt: skip
#: Verdicts a court finds someone: "found him guilty".
VERDICTS = {"guilty", "liable"}
#: Verbs of a clause that describes how things stand, which a speaker's comment is about:
#: "Ukraine still has a chance", "security in Haiti remains dangerous".
STATES_OF_AFFAIRS = {
    "be", "have", "remain", "face", "need", "continue", "improve", "worsen", "make",
    "demonstrate", "show", "seem", "appear", "become", "lack", "deserve", "act", "stand",
}  # fmt: skip
#: Verbs that put an official out of office, and nobody else: "removed the prime minister".
OUSTING = {"remove", "sack", "dismiss"}
#: People who back a cause without arms: "opposition supporters" protest, militiamen fight.
SUPPORTERS = {"supporter", "activist", "member", "follower", "partisan", "sympathizer",
              "sympathiser", "rally", "march", "demonstration", "protest"}  # fmt: skip
#: Participles that name people as seized and still held: "a kidnapped Briton".
SEIZED_PARTICIPLES = {"kidnapped", "abducted"}
#: Nouns of a life ended, whose hostages are no longer held: "the deaths of 12 hostages".
ENDED_LIVES = {"death", "body", "funeral", "burial", "remains", "corpse"}
#: Participles after a hyphen whose prefix is the thing's leader, owner or author.
AUTHORED = {"led", "flagged", "owned", "sponsored", "drafted", "proposed"}
#: Nouns of an attack someone can claim ("in an attack claimed by al-Shabaab").
CLAIMED_ATTACKS = {
    "attack", "bombing", "blast", "assault", "killing", "explosion", "massacre", "ambush",
    "raid", "strike", "shooting", "kidnapping", "abduction", "assassination",
}  # fmt: skip
#: The flags ``verbs.tsv`` and ``nouns.tsv`` may set (see the module docstring).
KNOWN_FLAGS = {
    "sym", "self", "phone", "claim", "recv", "mil", "milonly", "src", "person", "norel",
    "peopleonly", "people", "place", "ask", "held", "actoronly", "cop", "placeonly", "own",
    "armedonly", "actorobj",
}  # fmt: skip
#: Nouns for a polity or its standing, which states recognise ("recognised Georgia's
#: breakaway regions", "recognised the independence of Kosovo").
POLITIES = {"region", "state", "republic", "territory", "independence", "sovereignty",
            "government", "regime", "council", "authority", "administration"}  # fmt: skip
#: A polity's standing, named with it after "of": "the independence of Lithuania".
STANDING = {"independence", "sovereignty", "statehood", "secession"}
#: Modalities that deny what a clause says happened.
DENIED = {"negated", "speculative", "questioned", "hypothetical", "conditional"}
#: Verbs that say a captivity is (denied, they deny it): "were holding hostages".
HOLDING = {"hold", "be", "have", "keep", "take"}
#: Homes of armed groups whose war is mostly with another state (Israel), not their own.
FOREIGN_FRONTS = {"PSE", "LBN"}
#: Prepositions of the place a clause happens at.
SCENE_PREPS = {"in", "at", "around", "near", "across", "through", "outside"}
#: Verbs of a captivity's end by the captives' own doing: "hostages escaped".
ESCAPES = {"escape", "flee"}
#: Words for armed people: "opposition forces" fight, "opposition supporters" riot.
ARMED_WORDS = {"forces", "fighters", "troops", "militia", "militias", "rebels", "gunmen",
               "soldiers", "militants"}  # fmt: skip
#: Why a clause is not fact that leave an owned event framing it ("during his visit") one.
FRAMED_REASONS = {"infinitive", "directed", "purpose", "intended", "speculative", "refused"}
#: Prepositions of the place a named attacker's attack is on: "its assault in Gaza".
STRUCK_PLACE_PREPS = {"in", "on", "against", "around", "near", "across"}
#: Armed people by lemma besides the armed sides: counted dead, they are no massacre.
COMBATANT_LEMMAS = {"militiaman", "soldier", "troop", "fighter", "gunman", "combatant",
                    "jihadist", "policeman", "commando"}  # fmt: skip
#: Weapons named as actors ("helicopter gunships"): they back no one.
WEAPONS = {"artillery", "aircraft", "gunships", "gunship", "tanks", "helicopters", "warplanes",
           "jets", "drones", "warships"}  # fmt: skip
#: What troops sent to keep the peace are for: "to help restore order", "to protect civilians".
PEACEKEEPING = {"order", "peace", "peacekeeping", "stability", "stabilise", "stabilize",
                "protect", "shield", "evacuate"}  # fmt: skip
#: Armed sides named by their lemma: "to help separatists fend off ...".
ARMED_LEMMAS = {"rebel", "separatist", "insurgent", "militant", "militia", "guerrilla"}
#: What is fired rather than who fires: "Hamas rockets killed a civilian" is an attack.
PROJECTILES = {"drone", "drones", "missile", "missiles", "rocket", "rockets", "mortar", "mortars",
               "shell", "shells", "shelling"}  # fmt: skip
#: Fired munitions that, as a violent verb's subject, stand for whoever fired them.
MUNITIONS = PROJECTILES - {"drone", "drones", "shelling"} | {
    "bomb", "bombs", "bullet", "bullets", "grenade", "grenades", "gunfire", "fire", "artillery",
    "katyusha", "katyushas", "round", "rounds"}  # fmt: skip
ARTILLERY = {"rocket", "rockets", "mortar", "mortars", "shell", "shells", "artillery", "katyusha",
             "katyushas"}  # fmt: skip
#: What money paid may settle rather than give: no aid.
REPAYMENTS = {"debt", "loan", "arrears", "ransom", "fee", "bill", "back", "repay", "owe",
              "compensation", "fine", "reparation", "reparations", "settle", "settlement",
              "damage", "damages", "tax", "claim", "claims", "victim", "victims", "family",
              "families", "price", "purchase", "buy", "import", "imports"}  # fmt: skip
#: Roles whose holders are prominent: killing one by name is an assassination (186).
OFFICE_ROLES = {"GOV", "ELI", "LEG", "JUD", "OPP"}
#: Waters missiles fall into when they strike no one.
WATERS = {"sea", "water", "waters", "ocean", "gulf"}
#: Gatherings that state forces killing in them repress: "in four days of protests".
PROTEST_SCENES = {"protest", "demonstration", "rally", "riot", "unrest", "march", "uprising"}
#: Armed owners whose "positions" are ground held, not views ("attacked rebel positions").
HELD_GROUND_OWNERS = {"rebel", "militia", "militant", "insurgent", "enemy", "guerrilla",
                      "separatist", "jihadist", "army", "government", "artillery", "front"}
#: People gathered, whom force at home is used on ("fired tear gas at the crowd").
GATHERED = {"crowd", "gathering", "sit-in", "vigil", "camp", "marcher", "mourner"}
#: Verbs that deny a charge, and the words for a charge ("dismissed as baseless U.S. claims").
REBUTTING = {"dismiss", "reject", "deny", "brush", "wave", "slam", "denounce"}
CHARGES = {"claim", "accusation", "allegation", "charge", "report", "suggestion", "finding",
           "assertion", "assessment"}  # fmt: skip
#: Verbs of a munition's impact: "rockets landed in", "shells fell on", "slammed into".
IMPACTS = {"land", "fall", "reach", "slam", "crash", "rain", "smash", "plough", "plow"}
#: Verbs of firing or laying a munition, whose agent is the munition's owner.
FIRING = {"fire", "launch", "lob", "plant", "drop", "shoot"}
#: Words for a people told what to do: advice, not an order.
PEOPLE_WORDS = {"supporter", "citizen", "people", "resident", "voter", "follower", "worker",
                "public", "nation"}  # fmt: skip
#: Kinds of name that say where, not who: "a Baghdad rocket attack".
PLACE_KINDS = {"capital", "seat"}
#: Spans of time given as a deadline: "gave Morsi 48 hours".
TIME_UNITS = {"hour", "day", "week", "month"}
#: Verbs of drawing a reaction: "drew condemnation from China", "sparked criticism from".
REACTIONS = {"draw", "prompt", "spark", "provoke", "trigger", "earn", "attract", "face"}
#: Heads of an event still to come: "prepared for the withdrawal", "awaiting the verdict".
AWAITING = {"prepare", "brace", "await", "wait", "ready", "plan"}
#: Portions of a place or group: "most of Aleppo" is Aleppo's.
PORTIONS = {"most", "part", "parts", "much", "half", "rest", "swathe", "swath", "control", "last",
            "some", "all", "bulk", "portion", "share"}
#: Ways into a place: what is done at one is done to the place ("struck an entrance to the
#: Green Zone compound").
THRESHOLDS = {"entrance", "gate", "door", "doorstep", "perimeter"}
#: Prepositions of a promised or threatened thing that name whom it is for or against.
OBJECT_TARGET_PREPS = {"on", "against", "with", "between", "to", "at", "for"}
#: Words that make a threatened attack a threat of weapons of mass destruction (1385).
NUCLEAR = {"nuclear", "atomic"}
#: Heads that say the complement did not happen.
NEGATIVE_HEADS = {"fail", "unable", "avoid", "stop", "cease", "prevent"}
#: "refused to meet", "declined to sign": CAMEO's rejections (12x) of what was refused.
REFUSAL_HEADS = {"refuse", "decline", "reject"}
#: Heads that tell someone else to act ("demanded that Russia withdraw", "urged Iran to
#: stop"): the act asked for is not reported as done, nor as the asker's own intent.
DIRECTIVE_HEADS = {"demand", "ask", "urge", "request", "call", "press", "order", "recommend",
                   "appeal", "encourage", "instruct", "tell", "invite", "persuade"}  # fmt: skip
#: Of those, the ones whose "that" clause is also only asked for ("told reporters that X did"
#: reports X; "demanded that X withdraw" does not).
DIRECTIVE_CLAUSE_HEADS = {"demand", "request", "order", "recommend", "urge", "ask"}
#: Heads whose object noun is an act only asked for or wanted ("called for a ceasefire").
WANTING_HEADS = DIRECTIVE_HEADS | {"seek", "want", "propose", "need", "wish", "hope", "plan"}
#: Verbs of sending: what is sent goes to the "to" phrase's actor.
SENDING = {"send", "deliver", "provide", "ship", "supply", "donate", "dispatch", "deploy"}
#: Roots of owned acts that are no reported fact under another clause: "lift its sanctions"
#: asks of a standing measure, "to meet the protesters' demands" answers words, "to criticize
#: Kerry's anti-war protests" recalls the past.
UNPRESUPPOSED = {"01", "02", "10", "14", "16"}
#: Verbs that end a standing agreement or tie ("revoked its military cooperation agreement").
ENDING = {
    "end", "revoke", "scrap", "terminate", "cancel", "suspend", "abandon", "quit", "withdraw",
    "renounce", "annul", "tear", "ditch", "abrogate", "break",
}  # fmt: skip
#: Modifiers of an act not yet done ("its planned offensive").
NOT_YET = {
    "planned", "proposed", "upcoming", "expected", "possible", "future", "next", "promised",
    "intended", "threatened", "scheduled", "impending", "potential", "new",
}  # fmt: skip
#: Verbs whose object act has not happened, or will not: "cancelled his visit", "offered its
#: help", "prepared its attack".
UNDONE = WANTING_HEADS | AWAITING | CONSIDERING | {
    "cancel", "postpone", "delay", "scrap", "offer", "promise", "threaten", "call", "put",
    "shelve", "drop", "abandon", "announce", "begin", "start", "launch", "resume",
}  # fmt: skip
#: Heads whose complement is an impression or a denial, not a report: no event at all.
SPECULATIVE_HEADS = {
    "deny", "appear", "seem", "believe", "think", "suspect", "doubt", "fear", "wonder",
    "imagine", "suppose", "speculate", "rumor", "rumour",
}  # fmt: skip
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
#: Marks of the condition a threat is made on ("... unless Mexico stops the migrants").
CONDITIONS = CONDITIONAL_MARKS - {"whether", "lest"}
#: Nouns whose clause is what someone alleges, not what the text reports as done.
ALLEGATIONS = {
    "claim", "allegation", "accusation", "charge", "report", "rumor", "rumour", "suggestion",
    "speculation", "fear", "suspicion", "assertion",
}  # fmt: skip
#: Heads of what others expect of the subject ("is expected to", "is likely to").
EXPECTATIONS = {"expect", "likely", "set", "due", "slate", "schedule", "tip"}
#: Verbs whose object does what their complement says ("forced Ukraine to withdraw").
OBJECT_CONTROL = {"force", "compel", "oblige", "persuade", "convince", "help", "allow", "let"}
IMPLICATIVE = {
    "manage", "begin", "start", "continue", "proceed", "resume", "go", "dare", "get", "vote",
    "force", "compel", "oblige", "help",
}  # fmt: skip
#: Words of a deal made before: "under an earlier deal with Washington".
EARLIER = {"earlier", "previous", "existing", "old", "original", "prior"}
#: A group's own men, whom "its" or "their" makes its side: "its fighters staged the attack".
OWN_MEN = {"fighter", "man", "member", "militant", "mujahid", "mujahideen", "gunman", "unit",
           "cell", "brigade", "commando", "guerrilla", "operative", "soldier"}  # fmt: skip
#: Heads of a fight that is itself under way: "struggled to flush insurgents out".
STRUGGLING = {"struggle", "battle", "fight"}
#: Protests one turns out for, and the verbs of turning out: "gathered to protest" protested.
TURNED_OUT_FOR = {"protest", "demonstrate", "denounce", "condemn", "decry"}
TURNING_OUT = {"gather", "brave", "assemble", "converge", "flock", "pour", "stage", "hold",
               "throng", "mass", "defy"}  # fmt: skip
#: Verbs of owning up to an act told in the perfect: "claimed to have shot down a drone".
OWNED_UP = {"claim", "admit", "confess", "acknowledge", "say", "report"}
PHONE_WORDS = {"phone", "telephone", "telephonic"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
#: A cooperative act announced, agreed or planned rather than done is CAMEO's intent to do
#: it ("will meet on Monday" is 036, not 040; see ``cameo.code_about``).
COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}
INTENT_REASONS = {"future", "intended", "reported"}
#: Modalities of what may yet happen ("warned that the premier would...").
UNREALIZED = {"future", "hypothetical", "conditional", "reported"}
SUBJECT_DEPS = ("nsubj", "csubj")
ATTEMPTS = {"attempt", "try"}
#: Nouns of a length of time: "attacked the base for two hours" (not a reason).
SPANS_OF_TIME = {"minute", "hour", "day", "night", "week", "weekend", "month", "year", "time",
                 "while", "period"}  # fmt: skip
#: Coercion and violence: a passive one may take its agent from the clause that tells how.
FORCE_ROOTS = {"17", "18", "19", "20"}
#: Violence that a call for it threatens: "called for attacks on U.S. interests", "for the
#: killing of the cartoonists" (not air strikes or an offensive: military action asked of a state).
CALLED_VIOLENCE = {"attack", "killing", "murder", "assassination", "jihad", "bombing"}
#: Roots of violence against people.
VIOLENT_ROOTS = {"18", "19", "20"}
#: Roots of acts a state does within its own borders, so that a bare "rebels" or "protesters"
#: they target are the state's own: negotiate, cooperate, yield, coerce.
DOMESTIC_ROOTS = {"02", "03", "04", "05", "06", "08", "17"}
#: Institutions of a state, and the roles that address their own state's institutions.
STATE_ROLES = {"GOV", "LEG", "JUD", "COP"}
CIVIC_ROLES = {"OPP", "CVL", "LEG", "JUD", "MED", "BUS", "LAB", "EDU", "REL"}
ARMED_GROUP_ROLES = {"REB", "INS", "SEP"}
#: What one regrets without blaming anyone ("regretted the deaths of protesters").
LOSSES = {"death", "loss", "casualty", "incident", "life", "killing", "suffering", "victim"}
#: Fights between police and gunmen, and those police shoot who attacked them: no repression.
SHOOTOUTS = {"shootout", "gunfight", "firefight", "clash", "exchange"}
ASSAILANTS = {"suspect", "attacker", "assailant", "gunman", "robber", "kidnapper", "militant"}
#: Roles of people who do not fight: an armed group killing them uses unconventional violence.
NONCOMBATANT = CIVIC_ROLES | {"GOV", "ELI"}
#: What one killed did that made them an attacker: "shot dead a Palestinian who tried to stab
#: a soldier", "as he attacked a checkpoint".
RESISTING = {"attack", "stab", "fire", "shoot", "throw", "hurl", "resist", "ram", "detonate",
             "storm", "ambush"}  # fmt: skip
#: Speaking to an audience: the place of what one speaks "on" is not where one is ("addressed
#: parliament on the situation in Iraq").
SPOKEN_TO = {"address", "speak", "talk", "tell", "brief", "testify"}
#: Ties restored (050) or established (054): agreeing to them makes them.
TIES_MADE = {"050", "054"}
#: What "on" names that is an occasion, not a topic: "on the sidelines of a summit in Santiago".
#: Prepositions that set an act beside another in time: "arrived after clashes in Gaza".
FRAMING_TIMES = {"after", "before", "since", "following", "despite"}
#: Meetings where the one who acts after them was: "pledged after talks in Beijing".
MEETING_WORDS = {"talk", "meeting", "summit", "negotiation", "consultation", "conference",
                 "ceremony", "session", "dinner", "lunch", "breakfast", "audience"}  # fmt: skip
OCCASIONS = {"sideline", "sidelines", "margin", "margins", "stop", "stopover", "visit", "trip",
             "tour", "arrival", "anniversary", "eve", "way", "day", "occasion"}  # fmt: skip
#: Words of a sentence that make a state's killing of civilians part of a fight or a strike
#: from afar, not a killing by hand (1823).
ONE_SIDED_NOT = SHOOTOUTS | {"crossfire", "fighting", "battle", "raid", "strike", "airstrike",
                             "missile", "rocket", "drone", "shell", "shelling", "bomb",
                             "bombing", "artillery", "helicopter", "warplane", "jet", "storm",
                             "siege", "assault", "operation", "attack", "offensive"}  # fmt: skip
POLITICAL_ROLES = {"GOV", "OPP", "LEG", "JUD", "ELI"}
#: A state's armed forces, police and spies; with its government, the state's own hand.
FORCES = {"MIL", "COP", "SPY"}
STATE_FORCES = FORCES | {"GOV"}
#: Acts only a state's police (arrests, charges), courts (convictions) or government
#: (expulsions, extraditions) perform.
STATE_ACTS = {"173": "COP", "116": "JUD", "174": "GOV", "063": "GOV"}
#: What forces sent abroad come to do for others: "to help", "to support" (074).
AID_PURPOSES = {"help", "support", "assist", "bolster", "reinforce", "back", "join", "aid"}
OWN_PRONOUNS = {"its", "their", "his", "her"}
#: Legal steps that prosecutors and courts take, not the police.
COURT_ACTS = {
    "charge", "indict", "prosecute", "sentence", "convict", "try", "jail", "imprison", "acquit"
}
#: Nouns of what courts do to the accused ("the trial of Saddam Hussein").
COURT_NOUNS = {"trial", "retrial", "conviction", "indictment", "verdict", "prosecution"}
#: Trials, and the light verbs that hold one ("opened the trial of"; not "sent the trial").
TRIALS = {"trial", "retrial"}
TRIAL_VERBS = {"hold", "conduct", "begin", "start", "open", "resume", "continue"}
#: What one appears before or in, accused: "appeared in court on charges of ...".
COURTS = {"court", "tribunal", "judge", "magistrate"}
#: Who else hands down verdicts.
JURIES = {"jury", "panel", "judges", "juror"}
#: Last words of the names of places the tagger may take for people ("Erez Crossing").
FACILITIES = {"Crossing", "Zone", "Bridge", "Gate", "Camp", "Airport", "Station", "Square"}
#: Bases held on another state's soil, and the state that holds them.
FOREIGN_BASES = {"Guantanamo": "USA"}
#: Seats of international courts: a trial there is not the host state's.
TRIBUNAL_SEATS = {"Hague", "Arusha"}
#: Verbs of findings: what they find another did is judged as a speaker's words are.
FINDING_VERBS = {"find", "conclude", "rule", "determine"}
#: Verbs of people protesting ("workers striking for higher wages").
PROTESTING = {"strike", "protest", "march", "demonstrate", "rally", "riot"}
#: Verbs of investigating someone, whose suspicion a denial answers.
QUESTIONING = {"question", "interrogate", "investigate", "probe", "indict", "sue"}
#: "during a visit to Egypt": the nominal event is the clause subject's.
DURING = {"during", "after", "before", "while", "following", "ahead"}
#: Acts that are also an act of the other side: "Xi hosted Putin" is Putin's visit too.
OTHER_SIDE = {"043": "042"}
PARTICLES = {"down", "up", "off", "out", "back", "away", "over", "together"}
#: Phrasal verbs that are not their plain verb (the lexicon's "up" and "out" usually are:
#: "stepped up", "carried out").
OTHER_PHRASAL_VERBS = {"free up", "wind up", "end up", "make up", "mix up", "pick up", "give up"}
#: Prepositions of motion: what follows them is a place ("withdrew from Palmyra").
MOTION = {"from", "to", "into", "out"}


def _read_cues() -> dict[str, frozenset[str]]:
    """The word classes of ``data/lexicon/cues.tsv`` (what each does is said there)."""
    classes: dict[str, set[str]] = {}
    for line, row in read_table(resources.files("gestae") / "data" / "lexicon" / "cues.tsv"):
        if not row.get("class") or not row.get("word"):
            raise ValueError(f"cues.tsv line {line}: a row needs a class and a word")
        classes.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in classes.items()}


CUES = _read_cues()
THREAT_OF_FORCE = CUES["threat of force"]
THREAT_OF_SANCTIONS = CUES["threat of sanctions"]
WITHDRAWN_PROCESSES = CUES["withdrawn process"]
WITHDRAWN_BODIES = CUES["withdrawn body"]
MEMBERS = CUES["member"]
KILLING = CUES["killing"]
QUARREL = CUES["quarrel"]
HELD = CUES["held"]
ACCIDENTS = CUES["accident"]
MONEY = CUES["money"]
INQUIRY_CUES = {code: CUES[f"inquiry {code}"] for code in ("094", "092", "091")}  # in order
CHEMICAL_AGENTS = CUES["chemical agent"]
UNTRUE = CUES["untrue"]
#: Aircraft whose attacks are aerial (195): "Israeli jets pounded Hezbollah positions".
WARPLANES = {"jet", "warplane", "plane", "aircraft", "helicopter", "gunship", "drone", "bomber"}
#: What saying another "should" or "must" do calls for no act: "must expect retaliation".
NOT_CALLED_FOR = {"be", "know", "realize", "realise", "understand", "expect", "recognize",
                  "recognise", "become", "remain", "play", "learn", "see", "feel"}  # fmt: skip
#: Verbs of doing an attack one may say one did: "the group said it had carried out the raid".
DOING = {"carry", "stage", "launch", "conduct", "mount", "perpetrate", "commit"}
#: Verbs that name what something is: "called the charges fabricated".
NAMING_VERBS = {"call", "describe", "brand", "label", "term", "dismiss"}
WEAPON_NOUNS = CUES["weapon noun"]
EXPLOSIVES = CUES["explosive"]
#: Verbs that deliver a chemical weapon: with one as object, chemical warfare (2041).
CHEMICAL_DELIVERY = {"use", "drop", "fire", "launch", "deploy", "release", "spray", "unleash"}
SUPPLIED_GOODS = {code: CUES[f"supplied {code}"] for code in ("072", "073", "061")}
REQUESTS = CUES["request"]
SETTLEMENTS = CUES["settlement"]
MEASURE_NOUNS = CUES["measure"]
SUFFERED = CUES["suffered"]
PROTESTERS = CUES["protester"]
SPORT = CUES["sport"]
THINGS = CUES["thing"]
RESPONSES = CUES["response"]
REFLEXIVES = {"itself", "himself", "herself", "themselves", "oneself", "ourselves", "myself"}
CONTAINERS = CUES["container"]
PREMISES = CUES["premises"]
THIRD_PARTIES = CUES["third party"]
RIOT_GEAR = CUES["riot gear"]
BORDERS = CUES["border"]
THINGS_MET = CUES["thing met"]
#: Words for people one meets that name no actor themselves ("met the head of the IAEA").
PEOPLE_MET = CUES["person met"]
DEALS = CUES["deal"]
CRAFT = CUES["craft"]
ACT_NOUNS = CUES["act noun"]
CONSEQUENCES = CUES["consequence"]
IN_PERSON = CUES["in person"]
#: Verbs whose "on" phrase is what they are about, not when: "insisted on a visit".
ON_ARGUMENT = {"insist", "agree", "decide", "comment", "focus", "depend", "rely", "count",
               "concentrate", "report", "brief", "reflect", "work", "vote"}  # fmt: skip
#: Verbs whose object is a sight one goes to see: "visited a camp in Darfur".
SIGHTSEEING = {"visit", "tour", "inspect"}
#: Bodies of troops that serve somewhere: "the U.N. force in Lebanon".
FORCE_NOUNS = {"force", "mission", "contingent", "operation"}
#: Verbs of driving armed men out of a place, whose "from" phrase says where they fought.
DISLODGING = {"flush", "root"}
#: Bodies of troops a state sends abroad, and heads that make the plan a threat.
TROOPS_SENT = {"troop", "soldier", "force", "peacekeeper", "reinforcement"}
THREATENING = {"threaten", "warn"}
#: Trips that one begins or makes where one is: "began a three-day visit".
TRIPS = {"visit", "tour", "trip"}
TRIP_MAKING = {"begin", "start", "make", "pay", "continue", "open"}
#: Rites a visiting cleric celebrates where he is.
RITES = {"mass", "liturgy", "service", "eucharist", "prayer", "vespers"}
#: People named by a relief word they carry: "aid workers" are not the relief they help.
RELIEF_PEOPLE = {"worker", "official", "agency", "group", "organisation", "organization"}
#: Militias by lemma: helping them is no protection of a state.
MILITIA_LEMMAS = {"militia", "militiaman", "paramilitary"}
#: Words of a relief mission: forces sent to help there give relief (073), not protection.
RELIEF_WORK = CUES["relief"]
#: Of those, acts no one does by telephone or statement ("met", "signed", "toured").
BODILY_PRESENCE = {
    "meet", "sign", "attend", "inaugurate", "tour", "lay", "greet", "shake", "unveil", "pray",
    "celebrate", "arrive",
}  # fmt: skip
DISMAY = CUES["dismay"]
PRAISE_DENIED = CUES["praise denied"]
WORDS_AIRED = CUES["words aired"]
#: What is not anyone's act to praise: "the outlook was not positive", "the talks were not
#: constructive".
PROSPECTS = {"outlook", "prospect", "situation", "talk", "negotiation", "meeting", "economy",
             "future", "weather", "market"}  # fmt: skip
HARMS = CUES["harm"]
BREACHES = CUES["breach"]
#: Event nouns and the verbs that tell the same act ("the downing" of a jet "shot down").
NOMINALIZED = {"downing": "down", "takeover": "take", "seizure": "seize", "invasion": "invade",
               "expulsion": "expel", "killing": "kill", "bombing": "bomb", "decision": "decide",
               "closure": "close", "withdrawal": "withdraw", "annexation": "annex",
               "sinking": "sink", "execution": "execute", "shooting": "shoot",
               "incursion": "cross", "announcement": "announce"}  # fmt: skip
#: Event nouns whose owner ("his arrest") is the one they are done to, not the doer.
UNDERGONE = {"arrest", "detention", "imprisonment", "jailing", "execution", "abduction",
             "kidnapping", "deportation", "expulsion", "extradition", "torture", "beating"}
#: Gatherings a state hosts: "talks hosted by Turkey", "a ceremony hosted by Mubarak".
HOSTED_GATHERINGS = {"talk", "talks", "negotiation", "meeting", "summit", "ceremony", "dinner",
                     "banquet", "conference"}
#: Verbs that judge an act, whose "it" may point back at the act told before.
JUDGING_VERBS = {"condemn", "denounce", "criticize", "criticise", "praise", "welcome", "reject",
                 "slam", "hail", "deplore", "applaud", "decry", "protest", "dismiss", "call",
                 "describe", "brand", "term", "oppose", "back", "support", "regret"}
#: Words someone speaks or writes, which can do what their author does with them.
UTTERANCES = {"speech", "statement", "letter", "message", "address", "communique", "declaration",
              "note", "decree", "resolution", "interview", "broadcast", "tape", "audiotape",
              "videotape", "video", "recording", "fatwa", "edict"}  # fmt: skip
#: Nouns of how a thing is run: criticising "the counting of Ethiopia's election" or "the
#: handling of the crisis" is aimed at whoever runs the thing.
HANDLING = {"counting", "count", "handling", "conduct", "management", "running", "tallying",
            "organisation", "organization"}  # fmt: skip
#: Words opening a time phrase the parser may read as a clause ("after the polls").
MARKED_TIME = {"after", "before", "since", "following"}
#: Verbs of driving people out, which troops do to armed foes by fighting them.
OUSTING_VERBS = {"drive", "push", "chase", "force", "flush", "expel"}
#: Nouns that call what was said a charge against someone.
ACCUSATIONS = {"charge", "accusation", "allegation"}
#: Verbs of offering something to another: "a package offered by Britain, France and
#: Germany" was offered to whoever answers it.
OFFERING = {"offer", "propose", "present", "submit", "table"}
#: Verbs of putting a proposal forward: "a package offered by the EU-3" is theirs.
PUT_FORWARD = OFFERING | {"make", "draft", "unveil", "put", "suggest", "broker"}
#: Verbs that put words out under their author's name: "a tape released by Zawahiri".
RELEASED_BY = {"release", "issue", "attribute", "sign", "post", "publish"}
#: Nouns for what a speaker said: "Amnesty said ... Israel rejected the charge" (Amnesty's).
WORDS_SAID = {"charge", "accusation", "claim", "allegation", "report", "remark", "statement",
              "comment", "criticism", "speech"}
#: Act nouns that are things said: their author is the speaker of the clause before, if any.
SPOKEN = {"speech", "remark", "comment", "statement"}
#: What an offensive is launched to do to its foe: "an assault to retake Samarra from
#: insurgents", "an operation to flush out militants".
OFFENSIVE_AIMS = {"retake", "recapture", "regain", "drive", "flush", "root", "crush", "clear",
                  "oust", "dislodge", "hunt", "wrest", "rout", "capture", "seize", "eliminate",
                  "defeat", "quell", "suppress", "destroy"}
#: Verbs of taking someone, which by a state's own forces are a detention (not "kidnap").
SEIZING = {"seize", "capture", "grab", "take", "snatch", "hold"}
#: Aims whose "from" phrase names the foe that holds what is taken.
TAKEN_BACK = {"retake", "recapture", "regain", "wrest", "seize", "capture"}
#: Prepositions that put someone at a place ("in Berlin", "at Camp David", "outside Tripoli").
SCENE_OF_PRESENCE = {"in", "at", "outside", "near"}
#: Participles of a pact made: "signed in Portugal", "brokered by China" (the deal-making
#: verbs that say it was concluded, not "agreed"/"negotiated", and "struck").
PACT_MAKING = DEAL_MAKING - {"agree", "negotiate"} | {"strike"}
#: A third party's hand in a deal: "with Egyptian mediation", "with U.S. backing".
HELPING_HANDS = {"mediation", "help", "backing", "support", "assistance", "blessing",
                 "facilitation", "sponsorship", "encouragement"}  # fmt: skip
#: People who accompany a deal: "with the foreign ministers of both countries at the ceremony".
OFFICIALS = {"minister", "leader", "official", "president", "delegate", "envoy", "diplomat",
             "representative", "head", "chief", "premier", "king"}  # fmt: skip
#: Verbs and nouns of lifting a sanction.
LIFTING = {"lift", "lifting", "ease", "easing", "remove", "removal", "relax"}
#: Verbs of settling a quarrel, which a pact can be the means of: "ended their war with a treaty".
SETTLING = {"end", "settle", "seal", "resolve", "normalize", "normalise", "formalize",
            "formalise", "conclude", "close"}  # fmt: skip
#: Things named after the city where they were made: "the Algiers line", "the Oslo process".
PLACE_NAMED = {"agreement", "accord", "accords", "treaty", "pact", "declaration", "line",
               "process", "format", "protocol", "communique", "memorandum", "formula",
               "framework"}  # fmt: skip
#: What is given for something: a place in what it is for is not where the giver is.
AID_WORDS = {"aid", "assistance", "help", "funding", "fund", "funds", "credit", "loan", "grant"}
#: States of affairs, not acts: "said the crisis would hurt the economy" judges no one.
SITUATIONS = {"crisis", "situation", "conflict", "violence", "instability", "unrest", "fighting"}
#: Votes a state holds: rejecting their results, or charging fraud in them, is aimed at it.
ELECTIONS = {"election", "vote", "poll", "referendum", "ballot", "result", "outcome"}
#: Verbs of holding a vote ("Belarus held an election").
HOLDING_VOTES = {"hold", "stage", "organize", "organise", "call", "rig", "conduct"}
#: Wars named after where they are fought ("the Iraq war"), not after who fights them.
WARS = {"war", "conflict", "crisis", "insurgency", "occupation"}
#: What an act can be named the plan of: "the Gaza pullout plan", "a troop withdrawal bill".
PLANS = {"plan", "proposal", "bill", "scheme", "initiative", "blueprint", "roadmap"}
#: What a hostile vow promises: "vowed to crush", "to avenge the dead", "to answer".
REVENGE = {"avenge", "retaliate", "strangle", "crush", "punish", "destroy", "annihilate",
           "eliminate", "teach", "answer", "respond", "hit", "strike", "defeat", "wipe",
           "eradicate", "smash", "revenge", "fight"}  # fmt: skip
#: Verbs of travelling somewhere for something: "flew to Beijing for talks".
TRAVELLING = {"arrive", "fly", "travel", "come", "go", "head", "return", "jet"}
#: A state's forces whose unplaced civilian targets are its people (troops only where the
#: sentence names no foreign place: they may be abroad).
HOME_FORCES = {"COP", "JUD", "MIL"}
#: Codes of visits made and hosted.
VISIT_CODES = {"042", "043"}
#: Verbs whose "on" phrase, not their object, names the one blamed.
BLAMING = {"blame", "pin"}
#: Craft that are hijacked, not merely seized, when outlaws take them.
HIJACKED_CRAFT = {"ship", "tanker", "supertanker", "vessel", "yacht", "freighter", "trawler",
                  "boat", "plane", "airliner", "aircraft", "jet", "jetliner", "bus", "ferry",
                  "carrier"}  # fmt: skip
#: People held by captors: "an American hostage was killed".
CAPTIVES = {"hostage", "captive", "abductee"}
#: Envoys a state can send home: "told the ambassador to leave" expels him.
DIPLOMATS = {"ambassador", "diplomat", "envoy", "consul", "attache", "charge"}
#: Words for soldiers sent abroad, whom a state may bring home.
TROOPS = {"troop", "soldier", "force", "contingent", "peacekeeper", "marine"}
#: Verbs that bring envoys or troops "home".
CALLING_HOME = {"call", "bring", "summon", "order", "send", "fly"}
#: Words for soldiers brought home hurt or dead.
CASUALTY_WORDS = {"wounded", "injured", "dead", "sick", "fallen"}
#: Officials who live where they act, making no visit there.
RESIDENTS = {"ambassador", "diplomat", "consul", "spokesman", "spokeswoman", "spokesperson"}
#: Participles that name who brought parties to a deal or talks: "a truce brokered by the UN",
#: "a Norwegian-brokered ceasefire", "talks chaired by Turkey's foreign minister".
BROKERED = {"broker", "mediate", "chair"}
#: What a chair mediates: talks between sides, not a summit or a session of one body.
CHAIRED_TALKS = {"talk", "talks", "negotiation", "meeting"}
#: Words of acts done from afar: no one travels ("by video link", "virtually").
REMOTE = {"video", "videolink", "virtually", "remotely", "online", "telephone", "phone"}
#: Roots of acts addressed to someone: named as the object of a response, they are aimed at the
#: one who responds.
ADDRESSED_ROOTS = {"02", "03", "10", "11", "12", "13"}
#: Roots of asking (appeals, demands, protests): what is asked for is not whom it is asked of.
ASKING_ROOTS = {"02", "10", "14"}
#: Roots of hostile acts: appealing to others for one of these rallies opposition (113).
CONFLICT_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
#: Protests CAMEO codes further by what they demand (14x1 leadership change ... 14x4 regime).
PROTEST_KINDS = {"141", "142", "143", "144", "145"}
#: Bombs by what carries them: "a roadside bomb" (1833), "a car bomb" (1832).
BOMB_KINDS = {"suicide": "1831", "car": "1832", "truck": "1832", "roadside": "1833"}
#: Protests a text names without their people ("weeks of protests"): the people of the place.
#: (Not "rally" or "march": a stock rally, an election rally, freedom on the march.)
UNNAMED_PROTESTS = {"protest", "demonstration", "riot"}
#: Roles of people who protest, as a noun before the protest names them ("opposition rallies").
PROTESTING_ROLES = {"OPP", "CVL", "LAB", "EDU", "REL", "BUS", "MED"}
#: Verbs that hand over a protest as a complaint: "lodged a protest with Tokyo".
LODGING = {"lodge", "file", "register", "deliver", "issue", "submit", "send", "convey", "hand"}
#: Modifiers of an event not yet held: "a planned rally".
PLANNED = {"planned", "proposed", "expected", "threatened", "possible", "upcoming", "future"}
#: "by feuding", "after meeting": a gerund after these shares the clause's subject ("for
#: abusing" in "ordered him to stand trial for abusing" does not).
MANNER_PREPS = {"by", "after", "before", "while", "upon", "since"}
WH_WORDS = {"who", "which", "that", "whom"}
PRONOUNS = {"it", "they", "he", "she", "we", "i"}
#: Verbs that pass a verdict on their object: "called the raid a crime".
VERDICT_VERBS = {"call", "describe", "brand", "label", "term", "denounce", "condemn", "see",
                 "dismiss", "single", "name", "list", "identify"}  # fmt: skip
#: Verdict verbs that, in the present or a relative clause, state a standing listing.
STANDING_LISTS = {"list", "name", "identify"}
#: Verbs that tell a vote: "the vote" points back at one of them.
VOTING = {"vote", "adopt", "approve", "pass", "endorse", "reject", "elect", "back"}
#: Verbs of saying that find fault, whose words those nouns may be.
CENSURING_VERBS = {"accuse", "criticize", "criticise", "charge", "allege", "denounce",
                   "condemn", "blame", "call", "describe"}  # fmt: skip
#: What one questions when voicing a view (not whom police question).
QUESTIONED = {"legitimacy", "motive", "credibility", "wisdom", "sincerity", "commitment", "need",
              "value", "decision", "policy", "intention", "validity", "fairness", "logic"}
#: Heads of phrases naming people who fight: their attacks are not made in words.
FIGHTERS = ASSAILANTS | BANDS | {
    "troop", "soldier", "fighter", "rebel", "insurgent", "guerrilla", "force", "army", "police",
    "mob", "bomber", "militia", "militiaman", "warplane", "jet", "helicopter", "tank", "crowd",
    "protester", "demonstrator", "rioter",
}  # fmt: skip
#: Places attacked in deed, whatever speech is on: "attacked the US embassy during a speech".
ATTACKED_SITES = {"embassy", "post", "base", "convoy", "station", "building", "office", "camp",
                  "checkpoint", "barracks", "consulate", "headquarters", "compound"}  # fmt: skip
#: What flows from one party to others: a demonym on these names its owner, not a target.
FLOWS = {"gas", "oil", "transit", "supply", "export", "import", "aid", "funding", "shipment",
         "delivery", "flow", "trade", "investment", "loan", "credit"}  # fmt: skip
#: Verbs of reaching someone: what one does "to" do in it is done to them ("telephoned
#: Schroeder to express regret").
CONTACTING = {"telephone", "phone", "call", "ring", "meet", "visit", "summon"}
#: Verbs whose object is the one addressed in person: a host who does these to a foreign
#: leader at home hosts him ("Bush told Kim Dae-jung at the White House").
ADDRESSING = {"tell", "ask", "urge", "promise", "pledge", "assure", "agree", "inform", "brief",
              "thank", "congratulate", "announce"}
#: Verbs of a host meeting or addressing a visiting guest: "met visiting Chinese President Xi",
#: "gave a visiting U.N. official a positive message" (these last with an official or a
#: named person only: not "handed visiting Oman a 1-0 defeat").
HOSTING = {"meet", "hold", "talk", "discuss"} | ADDRESSING
GIVING_GUESTS = {"give", "hand", "offer", "warn"}
#: Gatherings of many states' leaders: their venue's host does not host each pair that talks.
GATHERINGS = {"summit", "conference", "forum", "assembly"}
#: Links between states whose restoring is cooperation: "restored air links with India".
STATE_LINKS = {"air", "rail", "diplomatic", "transport", "road", "bus", "shipping", "flight"}
#: Verbs of voicing a view or a wish, whose words "the remarks" may be too.
VOICING = {"voice", "express", "urge", "suggest", "slam", "chide", "rebuke"}
SPEECH_VERBS = {
    "say", "tell", "announce", "state", "add", "claim", "insist", "declare", "warn", "vow",
    "pledge", "promise", "confirm", "report", "write", "argue", "signal", "indicate", "hint",
}  # fmt: skip


@dataclass(frozen=True)
class LexEntry:
    code: str
    pattern: str
    targets: tuple[str, ...]
    flags: frozenset[str]
    lemma: str
    particle: str | None = None
    noun: str | None = None
    modifiers: tuple[str, ...] = ()
    part_of_speech: str = "verb"  # which lexicon file the entry came from

    def flag_value(self, name: str) -> str | None:
        for flag in self.flags:
            if flag.startswith(name + "="):
                return flag.split("=", 1)[1]
        return None


#: The attack a fired munition stands for, when the verb says what it did: artillery's is
#: 194 ("Israeli shells killed four civilians"), other arms' 190.
FIRED_MUNITION = LexEntry("190", "munition", (), frozenset(), "munition", part_of_speech="noun")
FIRED_ARTILLERY = replace(FIRED_MUNITION, code="194")


@dataclass
class Lexicon:
    verbs: dict[str, list[LexEntry]] = field(default_factory=dict)
    nouns: dict[str, list[LexEntry]] = field(default_factory=dict)
    #: verdict word (its last word's lemma) -> (code, the words before it)
    judgements: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)

    @classmethod
    def bundled(cls) -> Lexicon:
        lexicon = cls()
        folder = resources.files("gestae") / "data" / "lexicon"
        for _, row in read_table(folder / "verbs.tsv"):
            lexicon.add_verb(row)
        for _, row in read_table(folder / "nouns.tsv"):
            lexicon.add_noun(row)
        for line, row in read_table(folder / "judgements.tsv"):
            event_type(row["code"])
            if not (row.get("word") or "").strip():
                raise ValueError(f"judgements.tsv line {line}: a row without a word")
            *before, last = row["word"].split()
            lexicon.judgements.setdefault(last, []).append((row["code"], tuple(before)))
        return lexicon

    def judgement(self, token: Token) -> str | None:
        """The code of a verdict word ("illegal", "a crime", "an act of aggression")."""
        for code, before in self.judgements.get(token.lemma_.lower(), ()):
            words = [t.lower_ for t in token.doc[max(token.i - len(before), 0) : token.i]]
            if tuple(words) == before:
                return code
        for child in token.children:
            # "a heinous crime", "an act of aggression"
            if child.dep_ == "amod" or (child.dep_ == "prep" and child.lower_ == "of"):
                for word in [child] + children(child, ("pobj",)):
                    for code, before in self.judgements.get(word.lemma_.lower(), ()):
                        if not before or before == (token.lower_, "of"):  # ("an act of war")
                            return code
        return None

    @staticmethod
    def _common(row: dict[str, str]) -> tuple[tuple[str, ...], frozenset[str]]:
        event_type(row["code"])  # fail early on a code the codebook lacks
        targets = tuple(t.strip() for t in (row.get("target") or "obj").split(",") if t.strip())
        for target in targets:
            if target not in ("obj", "noun") and not target.isalpha():
                raise ValueError(f"lexicon entry {row!r}: unknown target {target!r}")
        flags = frozenset(f.strip() for f in (row.get("flags") or "").split(",") if f.strip())
        unknown = {f.split("=")[0] for f in flags} - KNOWN_FLAGS
        if unknown:
            raise ValueError(f"lexicon entry {row!r}: unknown flags {sorted(unknown)}")
        return targets, flags

    def add_verb(self, row: dict[str, str]) -> None:
        targets, flags = self._common(row)
        pattern = row["verb"].strip()
        words = pattern.split()
        if any(w.startswith("+") for w in words[:-1]):
            # modified nouns ("humanitarian aid") are the noun table's: the verb takes the head
            raise ValueError(f"verbs.tsv entry {pattern!r}: words after its +noun")
        if any(e.pattern == pattern for e in self.verbs.get(words[0], ())):
            raise ValueError(f"verbs.tsv entry {pattern!r}: listed twice")
        noun = next((w[1:] for w in words if w.startswith("+")), None)
        plain = [w for w in words if not w.startswith("+")]
        entry = LexEntry(
            row["code"],
            pattern,
            targets,
            flags,
            plain[0],
            # "pull out of +talk": particle and preposition ("give in to": the particle)
            (" ".join(plain[1:]) if noun else plain[1] if len(plain) > 1 else None) or None,
            noun,
        )
        self.verbs.setdefault(entry.lemma, []).append(entry)

    def add_noun(self, row: dict[str, str]) -> None:
        targets, flags = self._common(row)
        words = row["noun"].strip().split()
        entry = LexEntry(
            row["code"],
            row["noun"].strip(),
            targets,
            flags,
            words[-1],
            modifiers=tuple(words[:-1]),
            part_of_speech="noun",
        )
        self.nouns.setdefault(entry.lemma, []).append(entry)

    def named_noun(self, noun: str, modifiers: tuple[str, ...] = ()) -> LexEntry:
        """The entry of a lexicon noun by its words (``named_noun("call", ("phone",))``), for
        rules that make an event the noun names without the text using it."""
        return next(e for e in self.nouns[noun] if e.modifiers == modifiers)

    def noun_entry(self, token: Token) -> LexEntry | None:
        """The most specific noun entry for a token (``telephone conversation`` before
        ``conversation``)."""
        word = noun_lemma(token)
        candidates = self.nouns.get(word) or self.nouns.get(token.lower_)
        if not candidates and token.pos_ == "PROPN" and word.endswith("s"):
            candidates = self.nouns.get(word[:-1])  # headline case: "Istanbul Bomb Blasts"
        if not candidates:
            return None
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
        best = None
        for entry in candidates:
            if all(m in modifiers for m in entry.modifiers):
                if best is None or len(entry.modifiers) > len(best.modifiers):
                    best = entry
        return best


@lru_cache(maxsize=1)
def bundled_lexicon() -> Lexicon:
    return Lexicon.bundled()


@dataclass
class Event:
    """One coded event: the record gestae stores, prints and exports."""

    id: str
    doc_id: str | None
    sentence_index: int
    text: str
    start: int
    end: int
    source: str
    source_text: str
    target: str
    target_text: str
    code: str
    root: str
    event_name: str
    goldstein: float
    quad_class: int
    plover: str | None
    date: str | None
    date_precision: str | None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    attribution: list | None = None
    voice: str | None = None
    stance: str | None = None
    confidence: float = 0.5
    rule: str = ""
    # Filled by the places stage: the words in the text, and the place's country, first-level
    # division and precision (city, admin1, country).
    place_text: str | None = None
    country: str | None = None
    admin1: str | None = None
    place_precision: str | None = None
    # Filled by the attribution stage: the words that show the author's stance.
    stance_evidence: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


#: The columns of the event record, in order.
EVENT_FIELDS = list(Event.__dataclass_fields__)


#: Verbs whose "that" clause in the subjunctive is asked for, not done: "brushing aside calls
#: ... that he step down", "insisted that he resign".
SUBJUNCTIVE_HEADS = {"brush", "reject", "dismiss", "ignore", "rebuff", "demand", "insist", "urge",
                     "ask", "request", "propose", "suggest", "recommend", "require", "press"}
#: "It is vital that Syria withdraw": a necessity, not a deed.
NECESSITY = {"vital", "essential", "important", "necessary", "imperative", "crucial"}  # fmt: skip


def resisting(verb: Token) -> bool:
    """Whether a clause tells an act of attack or resistance ("who tried to stab a soldier",
    "as he opened fire at a checkpoint")."""
    lemma = verb.lemma_.lower()
    return lemma in RESISTING or (
        lemma == "open" and any(o.lemma_.lower() == "fire" for o in children(verb, ("dobj",)))
    )


def own_words(verb: Token) -> list[Token]:
    """A clause's sentence without its phrases of another time ("shot dead a girl near an army
    post, a day after a Palestinian attack on the post")."""
    other_time = {
        t.i for c in verb.sent if c.lower_ in ("after", "before", "since") and c.dep_ == "prep"
        for t in c.subtree
    }
    return [t for t in verb.sent if t.i not in other_time]


def reported_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports that ``verb`` is (or is coordinated in): "said that it
    was ending its ceasefire and would resume attacks"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
        return clause
    return None


def refusing(verb: Token) -> bool:
    """Whether a negated clause says what its subject will not do ("would not give up",
    "will never recognise"), not what has not happened or a timetable ("would not resign
    before the elections") or a condition ("would not attend if ...")."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head  # "will not dismantle its programs or improve ties"
    will = any(
        c.dep_ == "aux" and c.lower_ in FUTURE | {"would"}
        for c in [*verb.children, *clause.children]
    )  # ("was freezing relations and would not speak to Uribe")
    return will and not any(
        c.lower_ in ("before", "ahead", "if", "unless") for c in clause.subtree
        if c.dep_ in ("mark", "prep", "advmod")
    )


def modality(verb: Token) -> str | None:
    """Why a clause is not reported as fact (``negated``, ``future``...), or ``None``."""
    if verb.dep_ in ("xcomp", "advcl", "pcomp") and visiting_guest(verb) is not None:
        return modality(verb.head)  # "asked visiting Chinese Foreign Minister Wang Yi to ..."
    said = speakers_act(verb)
    if said is not None:
        return modality(said)  # "said the islets would never be given up, and accused Japan"
    if verb.dep_ in ("relcl", "acl", "ccomp") and verb.head.lemma_.lower() in REQUESTS and any(
        m.lower_ == "that" for m in children(verb, ("mark",))
    ):
        return "directed"  # "rejected calls that he step down": asked for, not done
    if verb.dep_ == "ccomp" and verb.tag_ in ("VB", "VBP") and any(
        m.lower_ == "that" and m.i < verb.i for m in children(verb, ("mark", "dobj"))
    ) and (verb.head.lemma_.lower() in SUBJUNCTIVE_HEADS or any(
        a.lemma_.lower() in NECESSITY for a in children(verb.head, ("acomp",))
    ) or any(
        t.lemma_.lower() in REQUESTS and t.dep_ in ("dobj", "pobj", "nsubj", "dep", "conj")
        for t in verb.sent if t.i < verb.i  # (a noun of asking, however tagged)
    )) and any(
        s.lower_ in ("he", "she", "it") or s.tag_ in ("NN", "NNP")
        for s in children(verb, ("nsubj",))
    ) and not children(verb, ("aux",)):
        return "directed"  # "brushing aside calls ... that he step down": a subjunctive
    sent = verb.sent
    last = [t for t in sent if not t.is_space]
    marks = [t for t in last[-2:] if t.text == "?"]
    if marks:
        # A question quoted after the verb ("blaming Iran and asking, "Are you ...?"") leaves
        # the verb's own clause a statement.
        quotes = [t for t in sent if t.text in ('"', "\u201c") and verb.i < t.i < marks[0].i]
        if not quotes:
            return "questioned"
    if scheduled(verb):
        return "future"
    node = verb
    finite = False  # the last step up was from a finite verb: its head's auxiliaries are not its
    while True:
        found, skipped, finite = set(), finite, False
        for child in node.children:
            if skipped and child.dep_ in ("neg", "aux", "auxpass"):
                continue  # "said he would renew the cuts and chided Kerry": chided, done
            if child.dep_ == "neg" or child.lower_ in ("never", "neither", "nor"):
                found.add("negated")
            if child.dep_ in ("aux", "auxpass"):
                if child.lower_ == "would" and reported_speech(node):
                    # "said it would withdraw": "will" reported, backshifted (the speaker's own
                    # intent only: see ``EventCoder._speaker_s_own``)
                    found.add("reported")
                elif child.lower_ in MODALS:
                    found.add("hypothetical")
                if child.lower_ in FUTURE:
                    found.add("future")
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                found.add("conditional")
        for reason in ("negated", "conditional", "hypothetical", "future", "reported"):
            if reason in found:
                return reason  # "won't give in": the negation wins over the future
        if node.dep_ == "pcomp" and node.head.lower_ == "from" and (
            node.head.head.lemma_.lower() in NEGATIVE_HEADS | {"bar", "ban", "block", "keep"}
        ):
            return "negated"  # "Geelani is prevented from leading a protest"
        if node.dep_ == "pcomp" and node.head.lower_ == "by" and (
            node.head.head.lemma_.lower() in ACCUSING
        ):
            # "accused Britain of militarising the South Atlantic by sending a destroyer" (the
            # parser hangs "by sending" on "accused"): how the accused did it is only alleged
            return "speculative"
        if node.dep_ == "conj" and node.tag_ == "VBG" and node.head.lemma_.lower() in (
            ACCUSING
        ) and any(
            p.lower_ == "of" and p.i < node.i and any(
                g.tag_ == "VBG" or (g.pos_ == "NOUN" and g.lower_.endswith("ing"))
                for g in children(p, ("pcomp", "pobj"))
            ) for p in children(node.head, ("prep",))
        ):  # (not "accusing Israel of aggression and calling on the Security Council to act")
            # "accused Pakistan of training and arming militants": the parser may coordinate
            # the second alleged act with the accusation
            return "speculative"
        alleged = node.head.head if node.head.dep_ == "acl" else node.head
        if node.dep_ in ("acl", "ccomp") and alleged.pos_ == "NOUN" and (
            alleged.lemma_.lower() in ALLEGATIONS
        ):
            # "U.S. claims that Iran was preparing to supply drones", "a report made by some
            # US media that ElBaradei had collaborated"
            return "speculative"
        if node.dep_ == "acl" and node.head.lemma_.lower() in INTENT_NOUNS:
            # "expressed its readiness to mediate": intended as far as the clause holds it;
            # "denied any plan to meet", "has no intention of": not
            owner = clause_verb(node.head)
            others = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in node.head.children)
            if any(c.lower_ in ("no", "any") for c in node.head.children) or (
                owner is not None and not others  # ("India rejected Trump's offer": made)
                and owner.lemma_.lower() in SPECULATIVE_HEADS | NEGATIVE_HEADS | REFUSAL_HEADS
            ):
                return "negated"
            return (modality(owner) if owner is not None else None) or "intended"
        if node.dep_ == "ccomp" and headline_lead(node.head) == node:
            break  # "Rwanda cuts ties with Belgium, orders ...": a headline's first clause
        if skipped and node.dep_ == "xcomp" and not any(
            t.dep_ in ("nsubj", "nsubjpass") for t in node.doc[node.i + 1 : verb.i]
        ):
            # "told allies to raise spending and called Germany a captive": a past verb the
            # parser hung on an infinitive is said of the clause above it
            node = node.head
            continue
        deferred = node.head.lemma_.lower() in ("postpone", "delay", "defer") or (
            node.head.lemma_.lower() == "put" and any(c.lower_ == "off" for c in node.head.children)
        )
        # (the parser may make the act put off an adverbial clause; one after a comma or an
        # object is another act: "postponed the talks, accusing the rebels")
        put_off = node.dep_ in ("xcomp", "ccomp") or (
            node.dep_ == "advcl" and not children(node.head, ("dobj",))
            and not any(t.text == "," for t in node.doc[node.head.i : node.i])
        )
        if put_off and node.tag_ == "VBG" and deferred:
            return "negated"  # "put off lifting its arms embargo": not done
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in CAUSATIVES and (
            modality(node.head) in ("refused", "negated")
        ):
            return "negated"  # "refused to let him meet Aung San Suu Kyi": he did not
        if node.dep_ in ("xcomp", "ccomp"):
            head = node.head.lemma_.lower()
            others_expect = head in EXPECTATIONS and (
                is_passive(node.head) or node.head.pos_ == "ADJ"
            )  # "Putin is expected to visit Turkey": others expect it; not his intent
            if head in SPECULATIVE_HEADS or others_expect:
                return "speculative"
            if head in REFUSAL_HEADS or ruled_out(node.head):
                return modality(node.head) or "refused"  # "refused to withdraw", "ruled out"
            if head in NEGATIVE_HEADS:
                return "negated"  # "failed to reach a deal"
            addressed = any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                for c in node.head.children
            )
            if node.dep_ == "ccomp" and head in DIRECTIVE_CLAUSE_HEADS:
                return "directed"
            if node.dep_ == "xcomp" and head in DIRECTIVE_HEADS and addressed:
                return "directed"
            if head in INTENT_HEADS:
                # "should decide when to pull out": an intent that is itself only a maybe
                return modality(node.head) or "intended"
        if node.dep_ == "advcl" and node.tag_ == "VBG" and ruled_out(node.head):
            return modality(node.head) or "refused"  # "ruled out on Monday sending missiles"
        if (
            node.dep_ == "xcomp"
            and node.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and not any(c.dep_ in ("acomp", "attr", "expl") for c in node.head.children)
        ):
            return "future"  # "Allawi is to address Congress": planned, not done
        if node.dep_ == "conj" or (node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX")):
            # (visibly past: "hit", "set", "shut" after a modal are its bare verbs)
            finite = (
                node.dep_ == "conj" and node.tag_ == "VBD" and node.head.tag_ == "VB"
                and node.lower_ != node.lemma_.lower()
            )
            node = node.head
            continue
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("to", "in", "so") for c in node.children
        ):
            return "purpose"
        if node.dep_ == "advcl" and node.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "after", "before")
            for c in node.children
        ) and modality(node.head) == "future":
            # "... will top the agenda when Zapatero welcomes Chirac": a time, not an intent
            return "scheduled"
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("until", "till") for c in node.children
        ):
            # "vowed to stay until Samak resigned": as real as what lasts until it (and no
            # intent of his)
            return "conditional" if modality(node.head) is not None else None
        break
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "the first Serbian president to visit Vukovar": a fact, however phrased
    record = (verb.dep_ in ("relcl", "acl") and any(
        c.lower_ in ("first", "last", "only") for c in verb.head.children
    )) or (verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in ("be", "become") and any(
        c.lower_ in ("first", "last", "only")
        for a in verb.head.children if a.dep_ == "attr" for c in a.children
    ))  # ("Obama became the first sitting U.S. president to visit Hiroshima")
    # "claimed to have killed 100 insurgents", "admitted to having": told as done
    owned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OWNED_UP and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children
    )
    implied = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE
    if implied and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children):
        # "began a sit-in to force his government to resign", "sent a force to help fight the
        # rebels": forced or helped only if the forcing or helping was done ("managed to force
        # him to resign")
        return modality(verb.head)
    if infinitive and verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in SPOKEN_ACTS and (
        sent_word(verb.head)
    ):
        # "telephoned Putin to congratulate him", "sent a message to Sihamoni to congratulate
        # him": said in the call or message made
        return modality(verb.head)
    if infinitive and verb.dep_ == "advcl" and verb.lemma_.lower() in TURNED_OUT_FOR and (
        verb.head.lemma_.lower() in TURNING_OUT
    ):
        # "thousands gathered to protest the vote", "braved the cold to denounce": turning out
        # for it is the protest
        return modality(verb.head)
    if verb.dep_ == "aux" or (infinitive and not record and not owned and not implied):
        # "it was pointless to talk to the U.S.", "in order to help": an infinitive reports a
        # plan, purpose or judgement, not a fact, unless its verb says it happened ("managed to")
        return "infinitive"
    return None


def named_place(token: Token) -> bool:
    """Whether a phrase after "in" or "at" names a place by name ("in Cairo", "in The Hague";
    not "in absentia", "in October", "in a raid")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")


def describes_next_noun(verb: Token) -> bool:
    """Whether the parser made a clause of a participle that describes the next noun: "met
    detained opposition leader Aung San Suu Kyi" (the envoy met her; others detained her)."""
    head = verb.head
    return (
        verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.i == head.i + 1
        and head.pos_ == "VERB" and not children(head, ("dobj",))
        and not children(verb, ("aux", "auxpass", "nsubj", "nsubjpass"))
        and bool(children(verb, ("dobj",)))
    )


def sent_word(verb: Token) -> bool:
    """Whether a verb sends word to someone: "telephoned Putin", "called Bush", "wrote to
    Chirac", "sent a message to Sihamoni"."""
    lemma = verb.lemma_.lower()
    objects = children(verb, ("dobj",))
    if lemma in ("telephone", "phone", "ring", "call"):
        return any(o.pos_ in ("PROPN", "PRON") for o in objects)  # (not "called a meeting")
    if lemma == "write":
        return bool(prep_objects(verb, {"to"}))
    return lemma == "send" and any(o.lemma_.lower() in MESSAGES for o in objects)


def reporting_verb(verb: Token) -> Token | None:
    """The verb of saying or finding a clause is reported by: "Amnesty said (that) troops
    killed civilians", "troops killed civilians, Amnesty said" (however the parser hung it)."""
    sayings = SPEECH_VERBS | FINDING_VERBS
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # ("troops shelled and burned villages, HRW said")
    if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in sayings:
        return node.head
    return next((
        c for c in node.children
        if c.dep_ in ("parataxis", "advcl", "ccomp", "conj") and c.i > verb.i
        and c.lemma_.lower() in sayings and children(c, ("nsubj",))
        and not children(c, ("ccomp",))
        and not any(t.dep_ == "cc" and node.i < t.i < c.i for t in node.children)
    ), None)  # fmt: skip ("X killed Y, Powell told the Senate" is no "and")


def is_response(verb: Token) -> bool:
    """Whether a verb answers an act it takes as object ("rejected", "turned down", "met")."""
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    lemma = verb.lemma_.lower()
    return lemma in RESPONSES or any(f"{lemma} {p}" in RESPONSES for p in particles)


#: Acts done in words, which a call or a message made performs ("called to congratulate").
SPOKEN_ACTS = {
    "congratulate", "thank", "express", "convey", "protest", "apologize", "apologise",
    "praise", "urge", "invite", "assure", "reassure", "warn", "complain", "offer", "demand",
    "request", "appeal", "press", "condemn", "extend",
}  # fmt: skip
#: Auxiliaries of a finished act: "said the talks had reached a dead end".
PERFECT = {"had", "has", "have"}
#: Acts done in words, which a speaker may do after saying something: "said ..., and accused".
VERBAL_ACTS = SPOKEN_ACTS | ACCUSING | {
    "criticize", "criticise", "reject", "deny", "dismiss", "denounce", "call", "slam", "ask",
}  # fmt: skip
#: What is sent as word: "sent a message to", "a letter", "a telegram".
MESSAGES = {"message", "letter", "telegram", "cable", "note", "greeting", "condolence"}
#: Demands that a leader go: appeals, demands, protests and strikes for a change of leadership.
LEADERSHIP_DEMANDS = {"0241", "1041", "1411", "1431", "1441"}
#: Words that put an event on a timetable: "the trial was due to open".
DUE = {"due", "set", "scheduled", "expected", "poised"}


def awaited(noun: Token) -> bool:
    """Whether a nominal event is one still awaited: "prepare for a withdrawal", "awaiting the
    vote", "ahead of the summit"."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and (head.lower_ in DUE or any(
        c.lower_ in DUE for c in children(head, ("acomp", "xcomp", "oprd"))
    )):
        return True  # "the trial was due to open", "talks are set to resume"
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in AWAITING
    if noun.dep_ != "pobj":
        return False
    return (head.lower_ == "for" and head.head.lemma_.lower() in AWAITING) or (
        head.lower_ == "of" and head.head.lower_ == "ahead"
    )


def presupposed(noun: Token) -> bool:
    """Whether an event noun's owner makes it a fact whatever its clause says: "to end its
    crackdown", "refer his crackdown to the court" (not "cancelled his visit", "its planned
    offensive")."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.lower_ in NOT_YET for c in noun.children if c.dep_ in ("amod", "compound")):
        return False
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and governor.lemma_.lower() not in UNDONE


def absolute_with(head: Token) -> bool:
    """Whether a phrase is the subject of an absolute "with" clause, a circumstance and no
    partner: "held talks in Muscat, with Oman's foreign minister carrying messages"."""
    prep = head.head
    if not (head.dep_ == "pobj" and prep.lower_ == "with" and prep.i > 0):
        return False
    if head.doc[prep.i - 1].text != ",":
        return False
    # ("Israel and China established relations, with the foreign ministers of both countries
    # at the ceremony": both sides are the subjects already)
    paired = any(children(s, ("conj",)) for s in children(prep.head, ("nsubj",))) and (
        head.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or head.lemma_.lower() in OFFICIALS
    )  # (not "signed treaties, with a clause that ...")
    return paired or any(c.tag_ == "VBG" and c.dep_ in ("acl", "advcl") for c in head.children)


def clause_before(clause: Token) -> Token | None:
    """The clause told just before another: the one a conjoined clause follows, or for a
    sentence's main clause the main clause of the sentence before."""
    if clause.dep_ == "conj" and clause.head.i < clause.i:
        return clause.head
    if clause.dep_ == "ROOT" and clause.sent.start > 0:
        return clause.doc[clause.sent.start - 1].sent.root
    return None


def misread_participle(verb: Token) -> bool:
    """Whether the parser took a reduced relative for a main verb: "workers taken hostage in
    Baghdad were freed" ("taken" can only be a participle; no auxiliary makes it active)."""
    if children(verb, ("aux", "auxpass")):
        return False
    if verb.lower_ == "held" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == (
        "hostage"
    ) and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        return True  # "journalists held hostage in Iraq" (active "held" puts its object first)
    return verb.lower_ == "taken" and verb.dep_ != "conj"


def scheduled(verb: Token) -> bool:
    """Whether a verb in the present tense tells of what is to come: "Putin hosts G8 leaders
    next month", "the pope travels to Turkey tomorrow"."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        c.lower_ == "tomorrow" or (
            c.dep_ == "npadvmod" and any(w.lower_ in ("next", "coming") for w in c.children)
        )
        for c in verb.children
    )


def told_in_past(token: Token) -> bool:
    """Whether the clause a word is in is told in the past: "agreed to scrap its programmes
    after talks" (not "would consider a ceasefire after talks", nor "after talks next month")."""
    node = clause_verb(token)
    if node is None or any(t.lower_ in ("next", "coming", "upcoming") for t in node.subtree):
        return False
    while node.dep_ in ("xcomp", "conj", "acl", "advcl") and node.head.i != node.i:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            return False
        if node.dep_ in ("acl", "advcl") and node.tag_ != "VB":
            break
        node = node.head if node.dep_ != "acl" else clause_verb(node.head) or node.head
        # ("agreed to scrap ... and let inspectors in", "dropped plans to curb ... after")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
        return False
    return node.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children)


def nominal_gerund(token: Token) -> bool:
    """Whether a gerund stands as a noun: "Fighting between the government and rebels has
    killed thousands" (but not "bombing Iraq", which has an object)."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "aux", "auxpass", "xcomp", "ccomp")
        for c in token.children
    )


#: Words that make a militia one a state backs: "pro-Moscow", "government-backed", "allied".
STATE_BACKED = ("pro-", "backed", "allied", "loyal")


def armed_against(side: ActorRef, foe: ActorRef) -> ActorRef:
    """A militia fighting a state's forces or police, its own state's or foreign ones, as the
    armed group it is: not one a state backs ("pro-government", "allied", "Kremlin-backed",
    "loyal to"), nor, against foreign forces, a state's own ("Iran's Basij militia")."""
    words = side.text.lower()
    if not (side.code.endswith("MIL") and foe.code[3:6] in ("MIL", "COP")) or not (
        MILITIAS & set(words.split())
    ) or any(mark in words for mark in STATE_BACKED):
        return side
    if foe.code[:3] != side.code[:3] and "'s " in words:
        return side
    return replace(side, code=side.code[:3] + "REB")


def last_word(text: str) -> str:
    """The last word of an actor's words, lower case ("" for none): its head noun, mostly."""
    words = text.lower().split()
    return words[-1] if words else ""


def noun_lemma(token: Token) -> str:
    """A noun's lemma, joined to the prefix a hyphen splits off: "cease-fire" is a ceasefire."""
    if token.tag_ == "VBG":
        return token.lower_  # ("fighting" is a noun of its own, not "fight")
    lemma = token.lemma_.lower()
    if lemma == "basis" and token.lower_ == "bases":
        return "base"  # (the model's lemma for "military bases")
    prefix = hyphen_prefix(token)
    return prefix + lemma if prefix == "cease" else lemma


def whole_of(head: Token) -> Token:
    """The whole a portion names: "most of Aleppo", "parts of northern Mali", "an entrance to
    the Green Zone", "the gates of the US headquarters"."""
    if head.lemma_.lower() in PORTIONS:
        return next(iter(prep_objects(head, {"of"})), head)
    if head.lemma_.lower() in THRESHOLDS:
        return next(iter(prep_objects(head, {"of", "to"})), head)
    return head


def ruled_out(verb: Token) -> bool:
    """Whether a verb is "rule out" (a refusal of its complement)."""
    return verb.lemma_ == "rule" and any(c.lower_ == "out" for c in verb.children)


def names_a_country(heads: list[Token], resolver: Resolver) -> bool:
    """Whether any of these heads is a country's name or demonym ("Pakistan", "Brazil"), not
    a town: what states cross into or teams lose to is no town taken."""
    return any(
        getattr(resolver.index.get(h.i), "kind", None) in ("country", "adjective") for h in heads
    )


def official_voice(actor: ActorRef, doc: Doc) -> bool:
    """Whether an actor speaks for a state or body: a government, an IGO, or a state named as
    such ("Canada"; not "the Palestinians", a people)."""
    if actor.code[3:6] == "GOV" or actor.code.startswith("IGO"):
        return True
    span = doc.char_span(actor.start_char, actor.end_char)
    return len(actor.code) == 3 and span is not None and span.root.ent_type_ != "NORP" and (
        span.root.tag_ not in ("NNS", "NNPS")
    )


#: Who votes: "voters rejected the draft constitution".
VOTERS = {"voter", "electorate"}
#: What a vote may reject besides a plan or charter: "voted to reject constitutional changes".
VOTED_ON = {"membership", "autonomy", "independence", "amendment", "change", "proposal", "bill",
            "measure", "referendum"}  # fmt: skip


def voting(cand: _Candidate) -> bool:
    """Whether a rejection is made at the polls: by voters ("Dutch voters rejected the
    European constitution") or in a vote ("East Timorese voted to reject autonomy"), of a
    charter or a status (not "a bid to recall Chavez"; not in a poll)."""
    verb = cand.verb
    if any(t.lower_ in ("poll", "survey", "surveys") for t in verb.sent) or not any(
        o.lemma_.lower() in SETTLEMENTS | VOTED_ON or o.lower_ in ("it", "them")
        for o in children(verb, ("dobj",))
    ):
        return False
    voters = [
        o for h in cand.source_heads
        for o in ([h] + prep_objects(h, {"of"}) if h.lemma_.lower() == "majority" else [h])
    ]  # ("a majority of Irish voters")
    return any(h.lemma_.lower() in VOTERS for h in voters) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "vote"
    )


def reciprocal_objects(verb: Token) -> list[Token]:
    """"each other", "one another" as a verb's object (or a preposition's)."""
    heads = children(verb, ("dobj",)) + [
        o for p in children(verb, ("prep",)) for o in children(p, ("pobj",))
    ]
    def reciprocal(h: Token) -> bool:
        words = {h.lower_, *(c.lower_ for c in h.children if c.dep_ != "case")}
        return words in ({"each", "other"}, {"one", "another"})  # either word may be the head

    # "expelled each other's diplomats": what each owns is the other's
    return [h for h in heads if reciprocal(h) or any(reciprocal(p) for p in children(h, ("poss",)))]


def phrase_objects(verb: Token, words: list[str] | tuple[str, ...]) -> list[Token]:
    """The objects of a verb's last preposition when the particles before it are there ("out
    of": ``prep_objects`` looks through the "out" the parser may hang "of" on)."""
    *particles, prep = words
    present = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    return prep_objects(verb, {prep}) if set(particles) <= present else []


def conditions(verb: Token) -> list[Token]:
    """The clauses a verb's act is made to hang on ("... if the talks fail", "unless ...")."""
    return [
        clause for clause in children(verb, ("advcl",))
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)
    ]  # fmt: skip


def conditional_on(verb: Token) -> bool:
    """Whether a verb's act is made to hang on a condition ("... if the talks fail")."""
    return bool(conditions(verb))


def reported_speech(clause: Token) -> bool:
    """Whether a clause is what a speaker said in the past ("Iran said it would...")."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.lemma_.lower() in SPEECH_VERBS
        and head.tag_ in ("VBD", "VBN")
    )


def clause_tokens(verb: Token) -> list[Token]:
    """A clause's own words: its subtree without embedded clauses (but with coordinated nouns:
    "bombed a power line and a marketplace in India")."""
    found, stack = [], [verb]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            c for c in token.children
            if c.dep_ not in ("ccomp", "advcl", "relcl")
            and not (c.dep_ == "conj" and c.pos_ == "VERB")
        )  # fmt: skip
    return sorted(found, key=lambda t: t.i)


def single_country(refs: list[ActorRef], roles: set[str] | None = None) -> str | None:
    """The one country all these actors (of these roles, if given) belong to, or None."""
    countries = {
        r.code[:3] for r in refs if country_of(r.code) and (roles is None or r.code[3:6] in roles)
    }
    return countries.pop() if len(countries) == 1 else None


def placed_roles(
    country: str | None, heads: list[Token], resolver: Resolver, allowed: set[str] | None = None
) -> list[ActorRef]:
    """Role phrases the text gives no country ("the opposition", "police"), placed in
    ``country`` when their role is ``allowed`` (any role when None)."""
    if country is None:
        return []
    return [
        resolver.country_ref(h, country + role) for h in heads
        if (role := resolver.bare_role(h)) and (allowed is None or role in allowed)
    ]  # fmt: skip


def clauses_after(verb: Token) -> list[Token]:
    """The clauses a verb says it came after: "denied the charge after Washington accused it",
    "hit back after Rumsfeld dismissed ..."."""
    return [
        c for c in children(verb, ("advcl",))
        if any(m.lower_ in ("after", "following") for m in children(c, ("mark",)))
    ]


def insurgents_home(sources: list[ActorRef], anchor: Token) -> list[ActorRef]:
    """The state separatists and insurgents fight, when their act names no foe ("ETA
    threatened to set off bombs", "ended its ceasefire"); none for others (a state's army
    ending its own truce; Hamas, whose foe lies elsewhere)."""
    if sources and all(s.code[3:6] in ("SEP", "INS") for s in sources):
        return home_countries(sources, anchor)
    return []


def home_countries(sources: list[ActorRef], anchor: Token) -> list[ActorRef]:
    """The countries of domestic sources as targets, named by the words that imply them
    ("the Iraqi government declared a state of emergency": IRQ, via "declared")."""
    codes = dict.fromkeys(s.code[:3] for s in sources if country_of(s.code))
    end = anchor.idx + len(anchor.text)
    return [ActorRef(code, anchor.text, anchor.idx, end) for code in codes]


def is_chemical_weapon(noun: Token) -> bool:
    """Whether a noun names a chemical weapon ("poison gas", "sarin", "shells filled with
    chlorine"); "tear gas" and "a chemical plant" do not."""
    words = {noun.lemma_.lower()} | {
        c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")
    }
    words |= {o.lemma_.lower() for c in noun.children if c.dep_ == "acl" for o in c.subtree}
    if "tear" in words or noun.lemma_.lower() not in WEAPON_NOUNS | CHEMICAL_AGENTS:
        return False
    return bool(words & CHEMICAL_AGENTS)


def regular_bases(word: str) -> list[str]:
    """The base forms a regularly inflected verb may have: "staged" -> stage, stag..."""
    bases = []
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""),
                                ("es", ""), ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            bases.append(base)
            if len(base) > 2 and base[-1] == base[-2] and not replacement:
                bases.append(base[:-1])  # "stopped" -> stop
    return bases


def is_multitude(noun: Token) -> bool:
    """Whether a phrase counts people by the hundred: "hundreds of people", "5,000 Kurds"."""
    for token in [noun, *noun.children, *prep_objects(noun, {"of"})]:
        if token.lower_ in ("hundreds", "thousands", "tens"):
            return True
        if token.dep_ == "nummod" and token.like_num:
            digits = token.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 100:
                return True
    return False


def is_combatants(noun: Token) -> bool:
    """Whether a phrase counts armed people: "100 militiamen", "hundreds of rebels"."""
    for token in [noun, *prep_objects(noun, {"of"})]:
        lemma = token.lemma_.lower()
        if token.lower_ in ARMED_WORDS or lemma in ARMED_LEMMAS | COMBATANT_LEMMAS:
            return True
    return False


def test_fired(verb: Token) -> bool:
    """Whether a launch is a test: "test-fired a missile", "test fired a missile"."""
    return hyphen_prefix(verb) == "test" or (verb.i > 0 and verb.nbor(-1).lower_ == "test")


def made_before(token: Token) -> bool:
    """Whether a word dates something to an earlier time than the news: "last year", "in
    July", "in 2014" (not "on Friday")."""
    return token.lower_ in ("last", "earlier", "previous", "ago") or token.lower_ in MONTHS or (
        token.like_num and len(token.text) == 4
    )


def signed_pact(noun: Token) -> bool:
    """Whether a phrase names a pact told as made: "a peace accord signed in Portugal", "a
    deal brokered by China"."""
    return noun.lemma_.lower() in PACTS and any(
        c.lemma_.lower() in PACT_MAKING for c in children(noun, ("acl",))
    )


def aid_sent(verb: Token) -> str | None:
    """The aid forces sent or come abroad give, if they come to stand by others: protection
    (074: "sent 100 police and soldiers to help restore order", "landed in Liberia to support
    West African peacekeepers", "to help the government fend off a rebel offensive", "to help
    fight insurgents", "at the request of its prime minister") or relief (073: "army rescuers
    flew to Mexico to help search for survivors"). Not "to help separatists fend off Georgian
    forces", "to support Hezbollah", "to reinforce its positions", "to join naval exercises",
    "to support the invasion of Iraq", nor "to defend its interests"."""
    # ("have begun arriving in Mozambique to help": the purpose may hang on "begun")
    governing = [verb.head] if verb.dep_ == "xcomp" else []
    purposes = [
        c for v in [verb, *governing] for c in children(v, ("xcomp", "advcl"))
        if any(a.lower_ == "to" for a in children(c, ("aux",)))
    ]  # fmt: skip
    requested = any(
        o.lemma_.lower() in ("request", "invitation") for o in prep_objects(verb, {"at"})
    )
    if not purposes and not requested:
        return None
    words = {t.lemma_.lower() for c in purposes for t in c.subtree}
    own = any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for p in purposes for t in p.subtree
        for c in t.children
    )  # fmt: skip ("to help protect its naval base": its own)
    if words & PEACEKEEPING and not own:
        return "074"  # ("to help protect the hospital": protection, whatever the place)
    index = mention_index(verb.doc)
    helpers = [h for c in purposes for h in c.subtree if h.lemma_ in AID_PURPOSES]
    stood_by = [
        standing_by(o, index) for h in helpers
        for o in children(h, ("dobj",))[:1] + helped_ones(h)
    ]  # fmt: skip ("to support West African peacekeepers", "help the government fend off")
    if False in stood_by or own:
        return None
    relief = any(
        t.lemma_.lower() in RELIEF_WORK and not (
            t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in RELIEF_PEOPLE
        )
        for c in purposes for t in c.subtree
    ) and not any(
        t.lemma_.lower() in CAPTIVES or t.lower_ in SEIZED_PARTICIPLES
        for c in purposes for t in c.subtree
    )  # fmt: skip (a hostage rescue is no relief; nor are "aid workers" helped)
    if relief and helpers:
        return "073"
    # ("to help secure the elections", "to help train Iraqi police": the host is helped)
    return "074" if helpers or requested else None


def standing_by(helped: Token, index: dict) -> bool:
    """Whether whom troops come to help is a state, its forces or a peaceful body ("the
    government", "Lebanon", "West African peacekeepers"), not an armed group ("Lebanese
    militias"), the senders' own ("its positions") or a thing ("exercises", "the invasion")."""
    if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in helped.children):
        return False
    if any(
        t.lemma_.lower() in ARMED_LEMMAS | MILITIA_LEMMAS
        for t in [helped, *children(helped, ("compound", "amod"))]
    ):
        return False
    mention = index.get(helped.i)
    if mention is None:
        return False
    key = mention.entries[0].key if mention.entries else ""
    if mention.kind == "agent":
        return key in ("GOV", "MIL", "COP", "CVL", "REF", "")  # (or "quake victims")
    if mention.kind == "org":
        return key[3:6] not in ARMED_GROUP_ROLES and not key.startswith("IMG")
    return mention.kind in ("country", "adjective", "capital", "person", "seat")


def code_is_visit(entry: LexEntry) -> bool:
    """Whether an entry is a motion verb read as a visit ("flew to Moscow")."""
    return entry.code == "042" and "obj" not in entry.targets and not entry.noun


def is_money(token: Token) -> bool:
    """Whether a word counts money, whose "in"/"of" phrase says what it is: "$10 million in
    humanitarian aid", "500 million euros in aid"."""
    return token.lemma_.lower() in MONEY or any(c.tag_ == "$" for c in token.children)


def is_anti(token: Token) -> bool:
    """Whether a modifier is what its phrase is against: "anti-Japanese", "anti-government"."""
    return hyphen_prefix(token) == "anti"


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive, or a participle sharing a passive's subject ("was sacked
    and placed under house arrest")."""
    def marked(token: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)

    if marked(verb):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") and (
        marked(verb.head) and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions under a token, also behind "out of", "away from"."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            out.extend(children(child, ("pobj",)))
            out.extend(
                o for c in children(child, ("pcomp",))
                if any(w.lower_ == "what" for w in children(c, ("dobj",)))
                for o in children(c, ("oprd",))
            )  # "laid into what it called the Bush doctrine": what it named
        elif child.dep_ in ("prt", "prep", "advmod") and child.lower_ in ("out", "away", "back"):
            out.extend(prep_objects(child, preps))
        elif child.dep_ == "advcl" and any(m.lower_ in preps for m in children(child, ("mark",))):
            out.extend(children(child, ("nsubj",)))  # "called for Belarus to hold elections"
    return out


def subject_heads(verb: Token) -> list[Token]:
    """The grammatical subject of a verb, inherited through coordination and control."""
    said = speakers_act(verb)
    if said is not None:
        return subject_heads(said)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and (
        verb.doc[verb.i - 1].lower_ == ","
    ) and verb.lemma_.lower() in SPEECH_VERBS | CENSURING_VERBS | VOICING and (
        verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SPEECH_VERBS
        and verb.head.head.i < verb.head.i  # (not a clause the parser put before its "said")
    ) and not any(
        s.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or s.lemma_.lower() in OTHER_DOERS
        for s in children(verb.head, ("nsubj", "nsubjpass"))
    ):
        # "Yeltsin warned that Europe risked a cold peace, rebuking NATO", "Khan said there was
        # no point in talking to India, accusing Modi's government": the parser hangs the
        # speaker's participle on what he said (when that names no one else: "officials said
        # Syria would not attend, accusing France" may be Syria's)
        return subject_heads(verb.head.head)
    node = verb
    for _ in range(6):
        subjects = children(node, ("nsubj", "nsubjpass", "csubj"))
        if subjects:
            # "BAGHDAD (Reuters) - Iraq's government declared": the parser may hang a dateline
            # on the verb as a second subject; the subject nearest the verb is the real one.
            before = [s for s in subjects if s.i < node.i]
            # ("militants claiming to hold three UN workers met officials": the workers are
            # what "hold" holds, not a second subject)
            before = [s for s in before if not _orphan_object(s)] or before
            # ("Pakistan test fired a missile": "test" is the verb's, not a second subject)
            before = [s for s in before if not (s.lower_ == "test" and s.i == node.i - 1)] or (
                before
            )
            marks = [m.i for m in children(node, ("mark",)) if m.lower_ in MARKED_TIME]
            if len(before) > 1 and any(before[0].i < m < before[-1].i for m in marks):
                # "Musharraf on his visit after the presidential polls in Afghanistan
                # congratulated Karzai": the parser's second subject is the "after" phrase's
                before = before[:1]
            subject = before[-1] if before else subjects[0]
            if len(before) == 2 and any(
                c.dep_ == "cc" and c.lower_ == "and" and c.i == before[1].left_edge.i - 1
                for c in before[0].children
            ):
                # "Demetris Christofias and Turkish Cypriot leader Mehmet Ali Talat agreed": the
                # parser may make both subjects of the verb, the "and" hanging on the first ("a
                # man wielding a machete and a knife attacked": the man, the knife no one)
                return before
            if subject.lower_ in WH_WORDS and node.dep_ == "relcl":
                return [_copula_subject(node.head) or node.head]
            said = node
            while said.dep_ == "conj" and said.head.i != said.i:
                said = said.head  # "says it is not obliged ... but that it is willing"
            if (
                subject.lower_ in PRONOUNS
                and said.dep_ == "ccomp"
                and said.head.lemma_.lower() in SPEECH_VERBS
            ):
                # "The United States said it will seek better ties": the speaker (a participle's
                # is its clause's: "North Korea eased its stance, saying it is willing")
                speakers = subject_heads(said.head)
                if speakers and speakers[0].lower_ not in PRONOUNS:
                    return speakers[:1]
            return [subject]
        if node.dep_ == "conj" and node.i > 0 and (
            stolen_subject_of(node.doc[node.i - 1]) == node
        ):
            return [node.doc[node.i - 1]]  # "expelled a diplomat and police seized ..."
        fronted = [
            o for m in children(node, ("mark",)) if m.lower_ == "that"
            for o in children(m, ("pobj",))
        ]  # fmt: skip
        if fronted:
            # "said that the council's resolution threatening sanctions ... was unfair": the
            # parser may make a long subject the object of "that" as a preposition
            return fronted[:1]
        if node.dep_ == "ccomp" and node.tag_ == "VBD" and node.head.lower_ in DISMAY and (
            node.head.tag_ == "VBD" and not children(node.head, ("dobj",))
        ):
            # "Protesters angered at the sacking of a governor ransacked U.N. compounds": the
            # parser may make the subject's participle the sentence's verb
            return children(node.head, ("nsubj",))[:1]
        if node.dep_ == "relcl":
            return [_copula_subject(node.head) or node.head]
        if node.tag_ == "VBG" and node.dep_ == "advcl" and is_passive(node.head):
            weapons = [
                o for a in children(node.head, ("agent",)) for o in children(a, ("pobj",))
                if o.lemma_.lower() in EXPLOSIVES or o.lower_ in MUNITIONS
            ]  # fmt: skip
            if weapons:
                return weapons[:1]  # "the district was hit by a truck bomb, killing 200 people"
        lead = headline_lead(node)
        if lead is not None:
            return subject_heads(lead)  # "Rwanda cuts ties ..., orders its diplomats out"
        if node.tag_ == "VBG" and node.dep_ == "conj" and node.head.tag_ != "VBG":
            # "..., never indicating a deal was in the works and slamming Russia": a participle
            # the parser hung on an embedded clause belongs to the sentence's main subject
            root = node.sent.root
            return children(root, ("nsubj",))[:1]
        if node.dep_ == "conj" and node.tag_ == "VBD" and node.head.tag_ == "VB" and (
            node.head.dep_ == "xcomp" and node.lower_ != node.lemma_.lower()
        ) and not any(t.dep_ in SUBJECT_DEPS for t in node.doc[node.head.i + 1 : node.i]):
            return subject_heads(node.head.head)  # ("told allies to raise ... and called")
        if node.dep_ == "conj" and node.tag_ == "VBD" and node.head.dep_ == "relcl" and (
            node.head.tag_ in ("VBP", "VBZ") and node.sent.root.tag_ == "VBD"
        ) and any(c.lower_ in ("that", "which") for c in children(node.head, ("nsubj",))):
            # "said he would renew the tax cuts that form his policy and chided Kerry": a past
            # verb the parser hung on a present relative clause is the sentence's own (not
            # "the militants who operate from Pakistan and killed ten soldiers": theirs)
            return children(node.sent.root, ("nsubj",))[:1]
        controllers = OBJECT_CONTROL | (DIRECTIVE_HEADS if node is verb else set())
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in controllers:
            # "forced Ukraine to withdraw"; "pressed Beijing to accept" (not a verb the parser
            # coordinated with the complement: "urged China to exert ... and pressed Beijing")
            objects = children(node.head, ("dobj",))
            if objects:
                return objects[:1]  # "Russia forced Ukraine to withdraw": Ukraine withdrew
        if node.dep_ == "conj" and node.head.dep_ == "ROOT" and node.head.pos_ in (
            "NOUN", "PROPN"
        ) and node.head.i < node.i:
            # "Israeli soldiers on Saturday shot and killed a militant": the parser made the
            # subject the root and "shot" a noun
            return [node.head]
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.dep_ == "relcl" and any(
            c.tag_ == "WRB" for c in children(node.head, ("advmod",))
        ) and clause_verb(node.head.head) is not None:
            # "a bomb tore through the hotel, where Thatcher was staying, killing several
            # people": the parser hangs the participle on the where-clause; it is the main one's
            node = clause_verb(node.head.head)
            continue
        if node.dep_ in ("conj", "xcomp", "advcl", "acomp") and node.head.i != node.i:
            node = node.head  # "Assad is ready to resume talks": through "ready"
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return [node.head]
        if node.dep_ == "acl" and node.head.lemma_.lower() in INTENT_NOUNS:
            # "its readiness to mediate", "China expressed willingness to invest": the owner
            owners = children(node.head, ("poss",))
            if owners and owners[0].pos_ != "PRON":
                return owners[:1]  # ("its readiness": the clause's subject, below)
            node = node.head.head
            if node.pos_ not in ("VERB", "AUX"):
                break
            continue
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ in MANNER_PREPS
            and node.head.head.pos_ == "VERB"
        ):
            node = node.head.head  # "lunged into the campaign by feuding": the verb's subject
            continue
        break
    return []


def headline_lead(verb: Token) -> Token | None:
    """The first of two headline clauses sharing a subject, which the parser hangs on the
    second as its complement: "Rwanda cuts ties with Belgium, orders its diplomats out"."""
    if children(verb, ("nsubj", "nsubjpass")) or verb.lemma_.lower() in SPEECH_VERBS:
        return None
    return next((
        c for c in children(verb, ("ccomp",))
        if c.i < verb.i and children(c, ("nsubj", "nsubjpass"))
        and any(t.text == "," for t in verb.doc[c.i : verb.i])
    ), None)  # fmt: skip


def _orphan_object(noun: Token) -> bool:
    """Whether a noun the parser made a subject follows a verb that lacks its object."""
    k = noun.left_edge.i - 1
    if k < 0:
        return False
    verb = noun.doc[k]
    return verb.pos_ == "VERB" and verb.dep_ in ("xcomp", "acl", "advcl") and not children(
        verb, ("dobj",)
    )


def _copula_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes: "Turkey is the only member that..." -> Turkey."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = children(noun.head, ("nsubj",))
        return subjects[0] if subjects else None
    return None


def clash_code(code: str, source: ActorRef, target: ActorRef) -> str:
    """A fight between civilians and the security forces is a violent protest on one side
    (145) and its repression on the other (175): "supporters of the governor clashed with
    police"."""
    if code not in ("190", "145", "175") or any(
        word.lower() in OUTLAWS for a in (source, target) for word in a.text.split()
    ):
        return code  # (gangs and pirates fighting the police fight; they protest nothing)
    civic, security = {"CVL", "OPP"}, {"COP", "MIL"}
    if source.code[3:6] in civic and target.code[3:6] in security:
        return "145"
    if source.code[3:6] in security and target.code[3:6] in civic:
        return "175"
    return code


def crime_code(noun: Token) -> str | None:
    """The accusation a crime committed makes: war crimes, crimes against humanity and genocide
    1124, abuses 1122, other crimes 1121."""
    lemma = noun.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    against = {o.lemma_.lower() for o in prep_objects(noun, {"against"})}
    if lemma in ("genocide", "atrocity", "massacre") or "war" in modifiers or "humanity" in against:
        return "1124"
    if lemma in ("abuse", "violation", "torture"):
        return "1122"
    return "1121" if lemma in ("crime", "offence", "offense", "fraud") else None


def war_crime(noun: Token) -> str | None:
    """1124 when a verdict names a war crime, genocide or a crime against humanity ("said the
    killings in Darfur were genocide"); "called the raid a massacre" is a verdict (111)."""
    if noun.lemma_.lower() in ("atrocity", "massacre"):
        return None
    return "1124" if crime_code(noun) == "1124" else None


def riot_gear(verb: Token) -> bool:
    """Whether a verb's means are crowd control: what it fires or uses ("fired tear gas and
    plastic bullets", "dispersed them with water cannon")."""
    means = children(verb, ("dobj",)) + prep_objects(verb, {"with", "using"})
    words = " ".join(t.lemma_.lower() for m in means for t in m.subtree)
    return any(re.search(rf"\b{re.escape(gear)}\b", words) for gear in RIOT_GEAR)


def speakers_act(verb: Token) -> Token | None:
    """The speech verb whose subject also did a past verbal act the parser coordinated with
    the clause reported: "Roh said the islets would never be given up, and accused Japan of
    ...", "Olmert said this was not the time for talks, rejecting overtures by Assad" (the
    comma ends the clause; a clause of another tense is not continued by it)."""
    head = verb.head
    if verb.lemma_.lower() not in VERBAL_ACTS or children(verb, ("nsubj", "nsubjpass")):
        return None
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    before = [t.lower_ for t in verb.doc[max(verb.i - 2, 0) : verb.i]]
    coordinated = verb.dep_ == "conj" and verb.tag_ == "VBD" and before in (
        [",", "and"], [",", "but"]
    )
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and before[-1:] == [","] and all(
        t.pos_ == "PRON" or t.lower_ in ("this", "that") for t in children(head, ("nsubj",))
    )  # ("said Syria would not attend, accusing France": Syria may be the one accusing)
    if not (coordinated or participle):
        return None
    ended = MODALS | FUTURE | (PERFECT if coordinated else set())
    if not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ended) for c in head.children):
        # ("said the rebels attacked a village, and killed ...", "said Arafat was recovering,
        # and thanked Egypt": the report goes on; not after a clause of what would, was not or
        # had been: "said the talks had reached a dead end, and called for ...")
        return None
    return head.head


def visiting_guest(verb: Token) -> Token | None:
    """The guest a "visiting" names: "the visiting Iranian foreign minister", "met visiting
    Chinese President Xi" (which the parser may read as "met while visiting Xi")."""
    if verb.lower_ != "visiting":
        return None
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and not children(
        verb, ("dobj",)
    ):  # (not "Clinton, visiting Pakistan, criticized the Taliban": her own visit)
        return verb.head
    host = hosting_clause(verb)
    if host is not None and not children(host, ("dobj",)):
        guests = children(verb, ("dobj",))
        return guests[0] if guests else None
    return None


def hosting_clause(verb: Token) -> Token | None:
    """The verb whose subject hosts the guest of a "visiting" that the parser made a clause of
    its own: "met visiting Xi" (as "met while visiting Xi"), "meets with visiting Xi"."""
    if verb.dep_ in ("xcomp", "advcl") and verb.i == verb.head.i + 1:
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.i == verb.head.i + 1:
        return verb.head.head if verb.head.head.lemma_.lower() in HOSTING else None
    return None


#: Police and army actions that a passive's doers may hang on instead of its verb.
OPERATIONS = {"operation", "raid", "swoop", "crackdown", "sweep", "roundup"}


def held_before_release(participle: Token) -> bool:
    """Whether a participle tells how people a sentence frees came to be held: "prisoners,
    among them officers jailed over the coup attempt, were freed", "Israel freed two
    Palestinians arrested on Monday" (not "freed 4,000 prisoners, but a dissident arrested
    last week remained in custody": dated, and not among the freed, it is news)."""
    freeing = [
        t for t in participle.sent if t.lemma_.lower() in FREEING and t.pos_ in ("VERB", "NOUN")
    ]  # fmt: skip
    held = participle.head
    if any(
        held.i in {t.i for t in scope.subtree}
        for word in freeing for scope in children(word, ("dobj", "nsubjpass"))
    ):
        return True
    dated = any(
        c.ent_type_ in ("DATE", "TIME") for c in children(participle, ("npadvmod", "advmod"))
    ) or any(o.ent_type_ in ("DATE", "TIME") for o in prep_objects(participle, {"on"}))
    return bool(freeing) and not dated  # ("arrested last week", "detained on Monday")


def ended_as_held(verb: Token) -> bool:
    """Whether talks "ended" were held: "A and B ended talks", "ended two days of talks"; not
    "ended three years of peace talks with the FARC", "Israel ended its talks with Syria" nor
    "ended their peace talks in 2000 after failing to agree" (broken off)."""
    if any(o.lemma_.lower() in SESSIONS for o in children(verb, ("dobj",))):
        return True
    if not any(children(h, ("conj",)) for h in subject_heads(verb)):
        return False
    long_ago = any(o.like_num and len(o.text) == 4 for o in prep_objects(verb, {"in"}))
    failed = any(
        t.lemma_.lower() == "fail" and t.pos_ == "VERB"
        for c in children(verb, ("advcl", "xcomp", "prep")) for t in c.subtree
    )  # fmt: skip
    return not (long_ago or failed)


def visit_is_argument(visit: Token) -> bool:
    """Whether "on a visit" is what its verb is about ("insisted on a visit"), not when ("on a
    visit to Tokyo", "commenting on the dispute on a visit"): the verb's only "on" phrase."""
    verb = visit.head.head
    return verb.lemma_.lower() in ON_ARGUMENT and len(
        [p for p in children(verb, ("prep",)) if p.lower_ == "on"]
    ) == 1 and not children(verb, ("ccomp", "dobj"))


def helped_ones(verb: Token) -> list[Token]:
    """Whom a verb of helping helps, when the parser makes them the subject of the bare
    infinitive ("help Lebanon rebuild its economy") or what is rebuilt or defended is theirs
    ("help rebuild Iraq")."""
    if verb.lemma_.lower() not in ENABLING:
        return []
    return [
        s for c in children(verb, ("ccomp", "xcomp")) if c.tag_ == "VB"
        for s in children(c, ("nsubj",)) or (
            children(c, ("dobj",)) if c.lemma_.lower() in BENEFITING else []
        )
    ]  # fmt: skip ("help rebuild Iraq": Iraq; not "helped capture Saddam")


def logical_roles(verb: Token) -> tuple[list[Token], list[Token]]:
    """(source heads, object heads) of a verb, with passives turned around."""
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        sources = prep_objects(verb, {"by"}) or [
            doer for o in prep_objects(verb, {"in", "during"})
            if o.lemma_.lower() in OPERATIONS for doer in prep_objects(o, {"by"})
        ]  # ("were seized in an operation by officers from the Metropolitan Police")
        if verb.dep_ == "acl":
            objects = [verb.head]
            owner = verb.head
            while owner.dep_ == "pobj" and owner.head.lower_ == "of":
                owner = owner.head.head  # ("five leaders of a rights group detained")
            if not sources and owner.dep_ == "dobj" and owner.head.lemma_.lower() in (
                "order", "want"
            ):
                # "Malaysia ordered five leaders of a rights group detained": the one ordering
                return subject_heads(owner.head), [owner]
        else:
            objects = [s for s in subject_heads(verb)] or [
                s for c in children(verb, ("advcl",)) if c.i < verb.i
                and any(x.lemma_ == "be" for x in children(c, ("xcomp",)))
                for s in children(c, ("nsubj",))
            ]  # "three Britons, believed to be civilians, were seized": a misparsed aside
        return sources, objects
    sources = subject_heads(verb) or (
        [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBD" else []
    )  # ("..., and the pontiff called on Cuba": the parser may make the verb its subject's
    # modifier)
    objects = children(verb, ("dobj", "dative", "attr", "oprd")) or [
        g for c in children(verb, ("xcomp", "advcl")) + [
            c for p in children(verb, ("prep",)) if p.lower_ == "with"
            for c in children(p, ("pcomp",))
        ] if (g := visiting_guest(c)) is not None
    ]  # ("received visiting Israeli Prime Minister Sharon": the guest is the object)
    if not objects:
        # "police arrested and beat protesters": the object hangs on the last verb (only when
        # the verbs stand side by side: "welcomed on Friday ... and urged X" shares nothing)
        shared = [
            c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and all(
                t.dep_ in ("cc", "advmod", "punct") for t in verb.doc[verb.i + 1 : c.i]
            )
        ]  # fmt: skip
        objects = [o for c in shared[:1] for o in children(c, ("dobj",))]
    if not objects:
        # "condemned as unfair a new UN resolution": the parser hangs the object on "unfair"
        objects = [
            o for c in children(verb, ("advcl",))
            if any(m.lower_ == "as" for m in children(c, ("advmod", "prep"))[:1])
            for o in children(c, ("dobj",))
        ] or [
            o for p in children(verb, ("prep",)) if p.lower_ == "as"
            for o in children(p, ("pobj",))
            if any(
                t.pos_ == "ADJ" for d in children(o, ("det",)) for t in o.doc[p.i + 1 : d.i]
            )
        ]  # fmt: skip (or on "as": "as unfair a resolution", the adjective before the article)
    if not objects:
        # "declared the envoy persona non grata": the parser makes the envoy the subject of
        # "persona"
        objects = [
            s for c in children(verb, ("ccomp", "oprd")) if c.lower_ == "persona"
            for s in children(c, ("nsubj",))
        ]  # fmt: skip
    if not objects:
        objects = helped_ones(verb)
    if not objects and verb.dep_ == "amod" and verb.tag_ == "VBD" and sources:
        # "Burundi's army fought rebels in the hills": the parser may make the verb with its
        # subject a modifier of its object
        objects = [verb.head]
    if verb.dep_ == "relcl" and (
        any(o.tag_ in ("WDT", "WP") for o in objects) or (not objects and any(
            s.tag_ not in ("WDT", "WP") for s in children(verb, ("nsubj",))))
    ):  # fmt: skip
        # "an American engineer (that) they kidnapped in Riyadh": the noun is the object
        objects = [o for o in objects if o.tag_ not in ("WDT", "WP")] + [verb.head]
    return sources, objects


def verdict_clauses(verb: Token) -> list[Token]:
    """Verdicts a court's verb has that the parser made a clause of their own: "the court found
    [the journalist guilty]" (not "many Iraqis find the Americans guilty of arrogance")."""
    if not any(
        s.lemma_.lower() in COURTS | JURIES or s.lower_ in ("martial", "icty", "ictr", "icc")
        for s in children(verb, ("nsubj",))
    ):  # ("a U.S. court-martial", "the ICTR")
        return []
    return [
        c for c in children(verb, ("ccomp", "xcomp"))
        if c.lemma_.lower() in VERDICTS and children(c, ("nsubj",))
        and not children(c, ("neg",))  # (not "found Berlusconi not guilty")
    ]  # fmt: skip


def misparsed_objects(verb: Token, index: dict) -> list[Token]:
    """Actor names the parser took for a clause ("fighting IS": "IS" parsed as a verb), with
    a modifier, for an adverb ("shelled central Baghdad"), or for the subject of a verdict
    ("found the journalist guilty")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "advcl")
        and c.i in index
        and index[c.i].kind in ("org", "country", "person", "seat")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    adverbs = [
        c for c in verb.children
        if c.dep_ == "npadvmod" and c.i > verb.i and c.i in index
        and index[c.i].kind in ("country", "capital") and children(c, ("amod",))
    ]  # fmt: skip
    judged = [s for c in verdict_clauses(verb) for s in children(c, ("nsubj",))]
    return clauses + judged + (adverbs if not children(verb, ("dobj",)) else [])


class DatedResolver:
    """A document's actor resolver read at one event's date: "Erdogan" in an event the text
    dates to 2005 is the prime minister of 2005, whatever the document's date."""

    def __init__(
        self, resolver: PhraseResolver, when: str | None, time: TimeValue | None = None
    ) -> None:
        self.resolver = resolver
        self.when = when
        self.time = time  # the date the text gives the event, kept so it is worked out once
        self.index = resolver.index

    def actors(self, head: Token) -> list[ActorRef]:
        return self.resolver.actors(head, self.when)

    def bare_role(self, head: Token) -> str | None:
        return self.resolver.bare_role(head)

    def noun_role(self, head: Token) -> str | None:
        return self.resolver.noun_role(head)

    def country_ref(self, head: Token, code: str) -> ActorRef:
        return self.resolver.country_ref(head, code)

    def places_in(self, sent: Span) -> set[str]:
        return self.resolver.places_in(sent)


#: What the coding methods take: a document's resolver, or one read at an event's date.
Resolver = PhraseResolver | DatedResolver


def at_event_date(resolver: Resolver, trigger: Token, when: dt.date | None) -> DatedResolver:
    if isinstance(resolver, DatedResolver):
        resolver = resolver.resolver
    time = date_for_event(trigger, when)
    return DatedResolver(resolver, time.value if time is not None else None, time)


@dataclass
class _Candidate:
    """A verb's event while ``EventCoder._code_verb`` works it out: what each step settled,
    for the steps after it."""

    verb: Token
    entry: LexEntry  # replaced as the steps learn more ("welcomed Zelensky" is hosting)
    noun: Token | None  # the event noun the entry took ("held talks")
    root: str  # the root of the entry as matched: refinements of the code do not change it
    reason: str | None  # the clause's modality ("future", "refused"...), see ``modality``
    intent_code: str | None  # the code of an intent or a refusal, in place of the act's
    source_heads: list[Token] = field(default_factory=list)
    object_heads: list[Token] = field(default_factory=list)
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    target_heads: list[Token] = field(default_factory=list)
    attack: tuple[LexEntry, Token] | None = None  # an attack the subject names, with an owner
    one_way: bool = False  # a target after "to": "talked to the rebels" is not both ways
    warned_code: str | None = None  # the threat of a warning about what one's own side will do
    complement: Token | None = None  # the clause of what is threatened, promised or asked for
    joint: bool = False  # coordinated sources intending to act together ("work together")
    claimed: bool = False  # the sources claimed the attack ("in an attack claimed by IS")
    charged: list[ActorRef] = field(default_factory=list)  # whom the targets' words charged,
    # when the sources deny them


def verbs_told_before(verb: Token, same_sentence: bool = True) -> list[Token]:
    """The verbs of the sentence before a verb's, then (``same_sentence``) those of its own
    sentence before it, in text order."""
    told = [t for t in verb.sent if t.i < verb.i and t.pos_ == "VERB"] if same_sentence else []
    if verb.sent.start > 0:
        told = [t for t in verb.doc[verb.sent.start - 1].sent if t.pos_ == "VERB"] + told
    return told


def charge_teller(denial: Token) -> Token | None:
    """The verb that told the charge a denial in a relative clause answers: "Amnesty said
    Israeli troops killed civilians, a charge Israel denied" (said)."""
    if denial.dep_ not in ("relcl", "acl") or denial.head.lemma_.lower() not in CHARGES:
        return None
    told = denial.head.head
    for _ in range(4):
        if told.pos_ == "VERB" and told.lemma_.lower() in ACCUSING | SPEECH_VERBS:
            return told
        if told.dep_ not in ("ccomp", "conj") or told.head is told:
            return None
        told = told.head
    return None


def utterance_authors(utterance: Token) -> list[Token]:
    """Who put out words a noun names, by a preposition or a participle: "a statement by
    Hamas", "a video from al-Qaeda", "a tape released by Zawahiri", "attributed to Zarqawi"."""
    authors = prep_objects(utterance, {"by", "from"})
    for clause in children(utterance, ("acl",)):
        if clause.lemma_.lower() in RELEASED_BY:
            authors += [o for a in children(clause, ("agent",)) for o in children(a, ("pobj",))]
            authors += prep_objects(clause, {"to"}) if clause.lemma_.lower() == "attribute" else []
    return authors


class EventCoder:
    """Codes the events of a Doc into ``doc._.events``."""

    def __init__(
        self,
        kb: ActorKB | None = None,
        lexicon: Lexicon | None = None,
        verb_forms: dict[str, list[str]] | None = None,
    ) -> None:
        self.kb = kb or bundled_kb()
        self.lexicon = lexicon or bundled_lexicon()
        # Irregular verb forms -> lemmas, for verbs the tagger mistook ("forgave" as VBP keeps
        # "forgave" as its lemma): the model's own lemmatizer exceptions.
        self.verb_forms = verb_forms or {}
        self._dateline = (0, 0)

    def __call__(self, doc: Doc) -> Doc:
        when = doc._.doc_date
        if isinstance(when, str):
            when = dt.date.fromisoformat(when) if when else None
        resolver = PhraseResolver(doc, self.kb, when)
        self._dateline = dateline_span(doc.text)
        sentence_of = {}
        for index, sent in enumerate(doc.sents):
            sentence_of[sent.start] = index
        events: list[Event] = []
        seen: set[tuple] = set()
        consumed: set[int] = set()
        violent: dict[int, set[tuple[str, str]]] = {}  # attack verbs -> the dyads they coded
        productive: set[int] = set()  # words that coded an event
        told: dict[int, list[Event]] = {}  # "told" verbs -> their statements (010)
        sayings: list[Token] = []  # verbs of saying, whose clause may be a comment
        for token in doc:
            if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
                if token.lemma_ in ("say", "tell") or token.lemma_ in FINDING_VERBS:
                    sayings.append(token)
                done = self._consequence_of_attack(token, violent)
                if done is None or token.i in consumed:
                    continue  # (consumed: "marched, demanding his resignation" is one protest)
                claimed: set[int] = set()  # event nouns (and clauses) the verb's events are made of
                found = [
                    ev for ev in self._code_verb(token, resolver, when, claimed)
                    if (primary(ev.source), primary(ev.target)) not in done
                    and (not done or self._names_its_actor(ev, token, resolver))
                ]  # fmt: skip (an attack's further victims count when the text says who)
                if found:
                    consumed |= claimed
                found += self._accusations(token, found, resolver, when)
                found += self._by_phone(token, found, resolver, when)
                if found:
                    productive.add(token.i)
                if token.lemma_ == "tell":
                    told[token.i] = [ev for ev in found if ev.code == "010"]
                for ev in found:
                    self._add(ev, doc, sentence_of, events, seen)
                    if ev.root in ("18", "19", "20") or ev.code == "175":
                        # (a seizure is no attack that kills; repression by fire is)
                        violent.setdefault(token.i, set()).add(
                            (primary(ev.source), primary(ev.target))
                        )
                for ev in self._code_verdict(token, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
                if not found:
                    for ev in self._code_rebuttal(token, resolver, when):
                        self._add(ev, doc, sentence_of, events, seen)
                    for ev in self._charge_called_untrue(token, resolver, when):
                        self._add(ev, doc, sentence_of, events, seen)
                for ev in self._code_trial(token, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
                for ev in self._code_presence_abroad(token, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
            for ev in self._code_brokering(token, resolver, when):
                self._add(ev, doc, sentence_of, events, seen)
        for token in doc:
            if (
                token.pos_ in ("NOUN", "PROPN") or nominal_gerund(token)
                or token.lower_ in SEIZED_PARTICIPLES
            ) and token.i not in consumed:
                for ev in self._code_noun(token, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
                    productive.add(token.i)
        for token in sayings:
            if token.lemma_ != "tell":  # (what one is told to do is all "tell" says here)
                for ev in self._comment(token, productive, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
                for ev in self._said_to_have_done(token, resolver, when):
                    self._add(ev, doc, sentence_of, events, seen)
            for ev in self._said_another_should(token, resolver, when):
                self._add(ev, doc, sentence_of, events, seen)
                productive.add(token.i)
        for sent in doc.sents:
            for ev in self._code_presence(sent.root, resolver, when):
                self._add(ev, doc, sentence_of, events, seen)
        events = without_told_statements(events, told, doc, productive)
        events = refusals_answer_demands(events)
        doc._.events = once_per_document(claimed_for_claimants(events), doc)
        return doc

    def _comment(
        self, verb: Token, productive: set[int], resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """What an actor says about another, when what is said is no event of its own, is a
        statement to or about it (010): "the United States said Ukraine still has a chance to
        hold a fair election", "Bush said freedom was on the march in Iraq". Not "fighting
        killed 20 people, officials said": that reports the fighting."""
        if modality(verb) is not None:
            return []
        said = children(verb, ("ccomp",))
        if len(said) != 1 or any(t.i in productive for t in said[0].subtree):
            return []
        clause = said[0]
        if clause.lemma_.lower() not in STATES_OF_AFFAIRS or is_passive(clause) or (
            modality(clause) is not None or children(clause, ("xcomp",))
        ):  # (nor "the embassy is to be moved": a plan)
            return []  # (a report of what happened or will happen codes that, not the saying)
        # "said the explosions were the work of terrorists linked to al-Qaeda": whose work
        doers = [
            o for a in children(clause, ("attr",)) if a.lemma_ == "work"
            for o in prep_objects(a, {"of"})
        ] if clause.lemma_ == "be" and any(
            self._attack_noun(h) for h in subject_heads(clause)
        ) else []  # fmt: skip (not "said the peace deal was the work of Egypt": praise)
        if not doers and any(
            self.lexicon.judgement(c) or war_crime(c)
            for c in children(clause, ("attr", "acomp"))
        ):
            return []  # "said the murder was a heinous crime": a verdict on its author, not this
        resolver = at_event_date(resolver, verb, when)
        sources = [
            a for h in subject_heads(verb) for a in self._actors(h, resolver)
            if a.code[3:6] != "MED"
        ]  # fmt: skip (not "the agency said")
        if verb.lemma_ != "say":
            # ("the court ruled that Syria was responsible": a court placed only by the country
            # it judges is no one's)
            sources = [s for s in sources if not s.ambiguous]
        if not sources:
            return []
        targets = [a for h in doers or subject_heads(clause) for a in self._actors(h, resolver)]
        targets = targets or self._location_country(clause, resolver, objects=False)[:1]
        targets = [t for t in targets if all(t.code != s.code for s in sources)]
        if not targets:
            return []
        # "said Russian hackers were behind the attack", "... was responsible for it": blame
        blamed = bool(doers) or clause.lemma_.lower() == "be" and (
            any(p.lower_ == "behind" for p in children(clause, ("prep",)))
            or any(a.lemma_.lower() == "responsible" for a in children(clause, ("acomp",)))
        )
        if not blamed and verb.lemma_ != "say":
            return []  # ("concluded that Israel was behind it" blames; a finding is no comment)
        code = "112" if blamed else "010"
        entry = LexEntry(code, "say", ("that",), frozenset(), "say")
        rule = f"'{verb.text}' about {targets[0].text} (a comment) -> {code}"
        return self._emit(code, entry, sources, targets, verb, when, rule, dated=resolver)

    def _code_presence(self, root: Token, resolver: Resolver, when: dt.date | None) -> list[Event]:
        """A headline with no verb that puts a leader in a foreign place ("Chirac in
        Beijing", "Putin in Brazil for space talks") reports a visit."""
        if root.pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in root.sent):
            return []
        if any(t.dep_ == "neg" or t.lower_ in ("not", "?") for t in root.sent) or any(
            c.lower_ == "no" for c in root.children
        ):
            return []  # "Bush not in Paris", "No Bush in Paris", "Kerry in Iraq?"
        mention = resolver.index.get(root.i)
        if mention is None or mention.kind != "person":
            return []
        sources = self._actors(root, resolver)
        places = [r for o in prep_objects(root, {"in"}) if (r := self._place_country(o, resolver))]
        targets = [p for p in places if all(p.code[:3] != s.code[:3] for s in sources)]
        entry = self.lexicon.named_noun("visit")
        rule = f"'{root.text} in {places[0].text if places else ''}' (headline) -> 042"
        return self._emit("042", entry, sources, targets, root, when, rule) if targets else []

    def _code_trial(self, verb: Token, resolver: Resolver, when: dt.date | None) -> list[Event]:
        """Someone brought before a court, told from the accused's side: "Saddam Hussein went
        on trial in Baghdad", "two Britons stood trial", "a German man appeared in court on
        charges of ..." are the courts' (of the place, else of the accused's country)."""
        lemma = verb.lemma_.lower()
        trial = [o for o in prep_objects(verb, {"on"}) if o.lemma_.lower() in TRIALS]
        if lemma == "stand":
            trial += [o for o in children(verb, ("dobj",)) if o.lemma_.lower() in TRIALS]
        courts = [
            o for o in prep_objects(verb, {"in", "before"}) if o.lemma_.lower() in COURTS
        ] if lemma == "appear" else [
            c for o in children(verb, ("dobj",)) if o.lemma_.lower() == "appearance"
            for c in o.children if c.dep_ == "compound" and c.lemma_.lower() in COURTS
        ] if lemma == "make" else []  # fmt: skip ("made their first court appearance")
        if lemma not in ("go", "stand", "appear", "make") or not (trial or courts):
            return []
        if modality(verb) is not None:
            return []
        accused = CHARGES | {"accuse", "suspect"}
        if courts and not any(t.lemma_.lower() in accused for t in verb.sent):
            return []  # ("appeared before the tribunal to testify", "as a witness": no accused)
        where = [
            o for o in prep_objects(verb, {"in", "at"}) + [
                o for t in trial for o in prep_objects(t, {"in", "at"})
            ] if named_place(o)
        ]  # fmt: skip (not "in absentia", "in October", "in court")
        placed = self._places_named(where, resolver)[:1]
        if (where and not placed) or any(o.text in TRIBUNAL_SEATS for o in where):
            return []  # ("went on trial in The Hague": an international court's seat)
        resolver = at_event_date(resolver, verb, when)
        targets = [a for h in subject_heads(verb) for a in resolver.actors(h)]
        if not targets:
            return []
        # ("appeared before an Egyptian court", "in a court in Cairo")
        named = [
            a for c in courts if c.dep_ != "compound" for a in resolver.actors(c)
        ] + self._places_named(  # fmt: skip (a "court appearance" names no court)
            [o for c in courts for o in prep_objects(c, {"in"})], resolver
        )
        sources = [replace(a, code=a.code[:3] + "JUD") for a in named if country_of(a.code)][:1]
        sources = sources or [replace(p, code=p.code[:3] + "JUD") for p in placed] or (
            self._state_at_home(verb, "173", targets, resolver, court=True)
        )
        entry = self.lexicon.named_noun("trial")
        rule = f"'{verb.lemma_} {(trial or courts)[0].text}' (the accused's side) -> 173"
        return self._emit("173", entry, sources, targets, verb, when, rule, dated=resolver)

    def _code_presence_abroad(
        self, verb: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """A leader doing in person something in a foreign place whose state the sentence also
        names makes a visit there: "Modi signed a deal in Tehran ... Iran's port", "Merkel
        met Putin in Moscow" (not talks at a third country's venue)."""
        lemma = verb.lemma_.lower()
        trip = lemma in TRIP_MAKING and any(
            o.lemma_.lower() in TRIPS for o in children(verb, ("dobj",))
        )  # (not "postponed a visit", "defended his visits", "wrapped up a secret trip")
        sights = lemma in SIGHTSEEING and not any(
            resolver.actors(o) for o in children(verb, ("dobj",))
        )  # (an actor visited is the visit verb's own target)
        if not (lemma in IN_PERSON or trip or sights) or modality(verb) is not None:
            return []  # ("began a three-day visit", "paid a visit": a trip, where it is)
        if verb.lemma_.lower() == "celebrate" and not any(
            o.lemma_.lower() in RITES for o in children(verb, ("dobj",))
        ):
            return []  # ("celebrated Mass in Lourdes"; one celebrates a victory from afar)
        if any(t.lower_ in REMOTE for t in verb.sent):
            return []  # "addressed the US Congress in Washington by video link"
        if lemma == "arrive" and any(c.lower_ in ("home", "back") for c in verb.children):
            return []  # "Hu Jintao arrived home": from a trip, not on one
        places = [
            (o, r) for o in verb.subtree
            if o.dep_ == "pobj" and o.head.lower_ in SCENE_OF_PRESENCE
            and self._within_phrases(o, verb) and not self._about_elsewhere(o, verb)
            and (verb.lemma_.lower() in BODILY_PRESENCE or not any(
                resolver.noun_role(a) in PEOPLE_ROLES and a.tag_ == "NNS" for a in o.head.ancestors
                if a.i != verb.i and verb.i in {x.i for x in a.ancestors}
            ))  # (not "praised its troops in Iraq": where they are; but "met U.S. troops in
            # Baghdad", "addressed parliament in Accra", "at a military base in Anchorage")
            and (r := self._place_country(o, resolver) or self._seat_country(o, resolver)
                 or self._capital_of(o, resolver))
        ]  # fmt: skip ("met X in Berlin", "held talks with Kim in Pyongyang", "in a tent outside
        # Tripoli", "signed a treaty in the Kremlin")
        start, end = self._dateline
        if not places and end and verb.doc._.dateline and (
            verb.lemma_.lower() in BODILY_PRESENCE or trip
        ) and verb.sent.start_char <= end < verb.sent.end_char and not any(
            t.dep_ == "pobj" and t.head.lower_ in SCENE_OF_PRESENCE for t in verb.subtree
        ) and not any(
            (r := self._place_country(t, resolver)) and r.code[:3] != verb.doc._.dateline
            and getattr(resolver.index.get(t.i), "kind", None) != "adjective"
            for o in children(verb, ("dobj",)) for t in o.subtree
        ) and not any(
            t.lemma_.lower() in RESIDENTS for h in subject_heads(verb) for t in h.subtree
        ):  # (not "toured the town of Jenin": a place of its own; not "U.S. Ambassador
            # Khalilzad met ...": he lives there)
            # "LOURDES, France - Pope John Paul II celebrated Mass ...", "ISLAMABAD - ... met
            # Pakistani leaders": where the lead's dateline puts a foreign leader acting in
            # person, he is visiting
            places = [(verb, self._dateline_place(verb.doc))]
        if not places:
            return []
        resolver = at_event_date(resolver, verb, when)
        spoken = any(
            o.lemma_.lower() in WORDS_AIRED
            for o in prep_objects(verb, {"in", "on", "at", "during"})
        ) or any(t.lower_ == "televised" for t in verb.sent)
        # ("met Hollande in Berlin"; not "praised President Bush in a speech in London": the
        # one spoken of is not there)
        people = subject_heads(verb) + ([] if spoken else children(verb, ("dobj",)))
        sources = [
            a for h in people
            if (self._names_one_person(h, resolver) or (trip or sights) and (
                h.tag_ == "NN" and h.lemma_.lower() in OFFICE_NOUNS or h.lower_ in ("he", "she")
            )) and not any(t.lemma_.lower() in RESIDENTS for t in h.subtree if t.i <= h.i)
            for a in self._actors(h, resolver) if a.code[3:6] in ("GOV", "SEP")
            or ((trip or sights) and a.code.startswith("IGO"))
        ]  # fmt: skip (not "the US ambassador met officials in Kabul": he lives there; a
        # breakaway region's leader travels as its government does, and the UN's refugee chief
        # who "toured a camp in Chad" is there too)
        if not sources:
            return []
        named: set[str] = set()
        for token in verb.sent:
            mention = resolver.index.get(token.i)
            if mention is None or resolver.index.get(token.head.i) is mention:
                continue  # (a name's heads only: "Prime" in "Prime Minister" names no one)
            if all(token.i != o.i for o, _ in places):
                named |= {a.code[:3] for a in resolver.actors(token)}
        # (the place's state named too, or the dateline's)
        # (or the place of what one visits: "toured a refugee camp in Chad")
        seen_there = {
            t.i for o in children(verb, ("dobj",)) for t in o.subtree
        } if sights else set()
        host = next(
            (r for o, r in places if r.code[:3] in named or o is verb or o.i in seen_there), None
        )
        sources = [s for s in sources if host is not None and s.code[:3] != host.code[:3]]
        if len({s.code[:3] for s in sources}) != 1:
            return []  # (none, or guests of several states: "U.S. and Russian officials met in
            # Riyadh", a third country's venue)
        entry = self.lexicon.named_noun("visit")
        rule = f"'{verb.text}' in person in {host.text} -> 042"
        visits = self._emit("042", entry, sources, [host], verb, when, rule)
        hosts = [
            a for h in people if self._names_one_person(h, resolver)
            for a in self._actors(h, resolver)
            if a.code[:3] == host.code[:3] and a.code[3:6] == "GOV"
        ]  # fmt: skip ("Bush told Kim Dae-jung at the White House": Bush hosts him)
        met = (m := self._match_verb(verb)) is not None and m[0].code[:2] == "04"
        summit = any(t.lemma_.lower() in GATHERINGS for t in verb.subtree)
        # (a meeting is already coded both ways, a summit's guests meet there; one tells, asks
        # or promises a guest, but praises or warns whoever is spoken of)
        if hosts and not met and not summit and verb.lemma_.lower() in ADDRESSING:
            rule = f"'{verb.text}' in person with a guest in {host.text} -> 043"
            visits += self._emit("043", entry, hosts, sources, verb, when, rule)
        return visits

    def _sent_to_fight(self, verb: Token) -> bool:
        """Whether troops are sent to fight: "to hunt Kurdish rebels", "to crush the Islamists"."""
        for purpose in children(verb, ("advcl", "xcomp")):
            match = self._match_verb(purpose)
            if match is not None and match[0].code[:2] in ("18", "19", "20"):
                return True
        return False

    def _modifier_country(self, place: Token, resolver: Resolver) -> ActorRef | None:
        """The country a place noun's modifier names: "the Iraqi capital", "Nepal's mountains"."""
        return next((
            r for m in place.children if m.dep_ in ("poss", "compound", "amod")
            and (r := self._place_country(m, resolver))
        ), None)  # fmt: skip

    def _capital_of(self, place: Token, resolver: Resolver) -> ActorRef | None:
        """The country of "the Syrian capital", "Russia's capital" (not a capital named)."""
        if place.lemma_.lower() != "capital":
            return None
        country = self._modifier_country(place, resolver)
        end = place.idx + len(place.text)
        return ActorRef(country.code, place.text, place.idx, end) if country else None

    def _gives_aid(self, cand: _Candidate, aid: str, resolver: Resolver) -> bool:
        """Whether those who come abroad can give the aid: bodies of troops give protection
        ("troops from SADC states"), any body of aid givers relief; not one person ("the U.S.
        army chief arrived to bolster ties"), journalists or businesses."""
        if not cand.source_heads or any(
            h.tag_ in ("NN", "NNP") and self._names_one_person(h, resolver)
            for h in cand.source_heads
        ):
            return False
        if all(s.code[3:6] == "MIL" for s in cand.sources) or all(
            resolver.noun_role(h) == "MIL" for h in cand.source_heads
        ):
            return True
        return aid == "073" and all(
            s.code[3:6] not in ("GOV", "ELI", "OPP", "LEG", "MED", "BUS") for s in cand.sources
        )

    def _dateline_place(self, doc: Doc) -> ActorRef:
        """The lead's dateline city as the country it is in ("ABUJA (Reuters) - ")."""
        start, end = self._dateline
        city = doc.text[start:end].split("(")[0].split(",")[0].strip(" -")
        return ActorRef(doc._.dateline, city, start, start + len(city))

    @staticmethod
    def _seat_country(token: Token, resolver: Resolver) -> ActorRef | None:
        """The country of a seat of government one can be in ("the Kremlin", "the White
        House")."""
        mention = resolver.index.get(token.i)
        if mention is None or mention.kind != "seat" or not country_of(mention.entries[0].key):
            return None
        end = token.idx + len(token.text)
        return ActorRef(mention.entries[0].key[:3], token.text, token.idx, end)

    def _accusations(
        self, verb: Token, found: list[Event], resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """To report that another did violence is to accuse them of it: "Eritrean troops
        massacred hundreds of civilians, Amnesty said" (112; 1124 for mass killings). Not a
        speaker's own side's act, which it reports rather than charges."""
        violent = [
            ev for ev in found
            if (ev.root in ("18", "20") and ev.code != "201") or ev.code == "175"
            or (ev.root == "19" and ev.target[3:6] == "CVL")
        ]  # (a battle reported is news; so, by refugee agencies, are expulsions)
        reporter = reporting_verb(verb) if violent else None
        if reporter is None or modality(reporter) is not None:
            return []
        resolver = at_event_date(resolver, reporter, when)
        battles = all(ev.root == "19" for ev in violent)
        speakers = [
            a for h in subject_heads(reporter) for a in self._actors(h, resolver)
            if a.code[3:6] not in FORCES and not (battles and a.code[3:6] == "MED")
        ]  # fmt: skip (an army or police statement reports operations, it accuses no one; nor
        # does a news agency reporting civilians killed in a war)
        doers = subject_heads(verb) + prep_objects(verb, {"by"})
        accused = [
            a for h in doers for a in self._actors(h, resolver)
            if any(ev.source == a.code for ev in violent) and a.code[3:6] in STATE_FORCES
            and not any(country_of(s.code) and s.code[:3] == a.code[:3] for s in speakers)
        ]  # fmt: skip (a state's violence is charged; an armed group's is reported)
        code = "1124" if any(ev.root == "20" for ev in violent) else "112"
        if code == "112" and all(ev.code[:3] in ("175", "182") for ev in violent):
            code = "1122"  # torture, rape, repression: human rights abuses
        entry = LexEntry(code, reporter.lemma_, ("obj",), frozenset(), reporter.lemma_.lower())
        rule = f"'{reporter.text}' that another did '{verb.text}' -> {code}"
        return self._emit(code, entry, speakers, accused, reporter, when, rule)

    def _by_phone(
        self, verb: Token, found: list[Event], resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """What one leader told, offered or urged another "by phone" or "in a phone call" was
        said in a call between them (041, both ways)."""
        if not found or any(ev.root == "04" for ev in found):
            return []
        media = [
            o for o in prep_objects(verb, {"by", "in", "during", "over", "on"})
            if o.lemma_.lower() in PHONE_WORDS or any(
                c.lemma_.lower() in PHONE_WORDS for c in children(o, ("compound", "amod"))
            )
        ]  # fmt: skip
        if not media:
            return []
        resolver = at_event_date(resolver, verb, when)
        speakers = [a for h in subject_heads(verb) for a in self._actors(h, resolver)]
        heads = children(verb, ("dobj", "dative")) + prep_objects(verb, {"to", "with"})
        listeners = [
            a for h in heads for a in self._actors(h, resolver)
            if any(ev.target == a.code for ev in found)
        ]  # fmt: skip
        entry = self.lexicon.named_noun("call", ("phone",))
        rule = f"'{verb.text}' by {media[0].text} -> 041"
        return self._emit("041", entry, speakers, listeners, verb, when, rule, two_way=True)

    def _code_brokering(
        self, token: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """A deal or talks said to be brought about by a third party, who mediates (045)
        between the parties: "halted fighting under a truce brokered by the UN", "signed a
        Norwegian-brokered ceasefire", "holding talks under Turkish auspices"."""
        party = token.head  # ("a swap with Hezbollah brokered by Germany": the parser may hang
        # the participle on the last party named)
        if token.dep_ == "acl" and party.pos_ == "PROPN" and party.dep_ == "pobj" and (
            party.head.lower_ in ("with", "between") and party.head.head.pos_ == "NOUN"
        ):
            party = party.head.head
        if token.tag_ == "VBN" and token.lemma_.lower() in BROKERED | {"host"} and (
            token.dep_ in ("acl", "amod") and party.pos_ == "NOUN"
        ):
            deal = party
            brokers = prep_objects(token, {"by"}) or [
                c for c in token.children
                if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < token.i
            ]  # fmt: skip ("a UN-brokered ceasefire")
        elif token.lower_ == "auspices" and token.dep_ == "pobj" and token.head.lower_ == "under":
            deal = token.head.head
            brokers = [
                c for c in token.children if c.dep_ in ("amod", "poss", "compound")
            ] + prep_objects(token, {"of"})  # "under Turkish auspices", "under the UN's auspices"
        else:
            return []
        resolver = at_event_date(resolver, token, when)
        mediators = [a for b in brokers for a in self._actors(b, resolver)]
        if not mediators or modality(clause_verb(deal) or deal) is not None:
            return []
        between = prep_objects(deal, {"between", "with"})
        clause = deal if deal.pos_ in ("VERB", "AUX") else None
        held = deal
        while held.dep_ == "pobj" and held.head.lower_ in ("of", "at") and (
            held.head.head.pos_ == "NOUN"
        ):
            # ("after weeks of talks mediated by Mbeki", "agreed to a ceasefire at talks
            # mediated by Qatar")
            held = held.head.head
        if clause is None and held.dep_ == "dobj":
            clause = held.head  # "signed a Norwegian-brokered ceasefire"
        elif clause is None and held.dep_ == "pobj" and held.head.head.pos_ in ("VERB", "AUX"):
            clause = held.head.head  # "agreed to an Egyptian-brokered truce"
        while clause is not None and clause.dep_ == "relcl":
            # "signed a deal that makes Tsvangirai prime minister, after weeks of talks mediated
            # by Mbeki": the parser hangs the talks on the relative clause
            clause = clause_verb(clause.head)
        if between and clause is not None and not prep_objects(deal, {"between"}):
            # "freed prisoners in a swap with Hezbollah": the freer is the other side
            between = between + [h for h in subject_heads(clause) if h not in between]
        heads = between or (subject_heads(clause) if clause is not None else [])
        # ("a truce between Israel and Hamas took hold under a deal brokered by Egypt")
        heads = [o for h in heads for o in prep_objects(h, {"between"}) or [h]]
        states = {m.code[:3] for m in mediators}
        by = " and ".join(dict.fromkeys(m.text for m in mediators))  # (for the rule's text)
        parties = [a for h in heads for a in self._actors(h, resolver) if a.code[:3] not in states]
        sides = len([m for h in heads for m in coordinated(h)])
        if not between and max(sides, len({p.code for p in parties})) < 2:
            return []  # ("Israel rejected a US-brokered proposal": one side is no mediation)
        if token.lemma_.lower() == "chair" and (
            deal.lemma_.lower() not in CHAIRED_TALKS or len({p.code[:3] for p in parties}) < 2
        ):
            return []  # ("a summit chaired by Ireland", "a session chaired by China")
        if token.lemma_.lower() == "host":
            # "signed a deal at a ceremony hosted by Hosni Mubarak": the host receives them (at
            # talks or a ceremony, a state or a body of states: not "a match hosted by Chile",
            # "a show hosted by a BBC journalist")
            if deal.lemma_.lower() not in HOSTED_GATHERINGS or not all(
                m.code.startswith("IGO") or (country_of(m.code) and m.code[3:6] in ("", "GOV"))
                for m in mediators
            ):
                return []
            entry = self.lexicon.named_noun("visit")
            rule = f"'{deal.text}' {token.text}: {by} -> 043"
            return self._emit("043", entry, mediators, parties, token, when, rule, two_way=False)
        entry = self.lexicon.named_noun("mediation")
        rule = f"'{deal.text}' {token.text}: {by} -> 045"
        return self._emit("045", entry, mediators, parties, token, when, rule, two_way=False)

    @staticmethod
    def _about_elsewhere(token: Token, verb: Token) -> bool:
        """Whether a place is only where what the verb speaks of happens: "warned of a military
        operation in Gaza" (not "held a day of talks with Kim in Pyongyang")."""
        node = token.head
        while node.i != verb.i:
            if node.dep_ == "prep" and node.lower_ in ("on", "regarding", "concerning") and (
                node.head.i == verb.i or node.head.head.i == verb.i
            ) and verb.lemma_.lower() in SPOKEN_TO and not any(
                t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in OCCASIONS
                for t in children(node, ("pobj",))
            ):
                return True  # ("addressed parliament on the situation in Iraq": its topic)
            if node.dep_ == "prep" and node.head.i == verb.i and node.lower_ in (
                "of", "about", "over", "against"
            ):
                return True
            if node.dep_ == "prep" and node.lower_ in FRAMING_TIMES and not any(
                o.lemma_.lower() in MEETING_WORDS | OCCASIONS for o in children(node, ("pobj",))
            ):
                return True  # "arrived in Washington after clashes in the West Bank" (not
                # "pledged after talks in Beijing")
            node = node.head
        return False

    @staticmethod
    def _within_phrases(token: Token, verb: Token) -> bool:
        """Whether a token hangs on a verb through phrases only (objects and prepositions), not
        through a clause of its own ("met Putin, who had fought in Chechnya")."""
        node = token
        while node.i != verb.i:
            if node.dep_ not in ("pobj", "prep", "dobj", "appos", "compound", "conj", "cc"):
                return False
            if node.dep_ == "prep" and node.lower_ == "for" and (
                is_money(node.head) or node.head.lemma_.lower() in AID_WORDS
            ):
                return False  # ("promised $50 million for roads in Gaza": what it is for)
            node = node.head
        return True

    # -- verbs -------------------------------------------------------------------------------
    @staticmethod
    def _names_its_actor(event: Event, verb: Token, resolver: Resolver) -> bool:
        """Whether an event's target phrase names its country or group ("a dozen Iraqi
        policemen"), not placed only by where it happened ("a soldier" near Baghdad)."""
        words = set(event.target_text.split())
        return any(
            t.text in words and t.i in resolver.index and resolver.index[t.i].kind != "agent"
            for t in verb.sent
        )  # fmt: skip

    def _consequence_of_attack(
        self, verb: Token, violent: dict[int, set[tuple[str, str]]]
    ) -> set[tuple[str, str]] | None:
        """The dyads a verb's events must not repeat: "set off a bomb at the airport, killing two
        people" is one attack, but "launched strikes at US outposts, killing a dozen Iraqi police"
        also attacked the police. None when the attack comes later and takes it all in."""
        if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and self._is_attack(verb)):
            return set()
        head = verb.head
        if head.i in violent:
            return violent[head.i]
        return None if head.i > verb.i and self._is_attack(head) else set()

    def _is_attack(self, verb: Token) -> bool:
        match = self._match_verb(verb)
        return match is not None and match[0].code[:2] in FORCE_ROOTS

    def _match_verb(self, verb: Token) -> tuple[LexEntry, Token | None] | None:
        """The most specific lexicon entry for a verb, with the event noun it took if any."""
        lemma = verb.lemma_.lower()
        entries = self.lexicon.verbs.get(lemma, [])
        if not entries and lemma == verb.lower_:
            lemma = next(iter(self.verb_forms.get(lemma, ())), lemma)
            entries = self.lexicon.verbs.get(lemma, [])
        if not entries and verb.tag_ in ("VBD", "VBN", "VBZ", "VBG"):
            # a lemma the model got wrong ("staged" -> "stag"): undo the regular inflection
            for base in regular_bases(verb.lower_):
                if base in self.lexicon.verbs:
                    lemma, entries = base, self.lexicon.verbs[base]
                    break
        passive = is_passive(verb)
        object_nouns = children(verb, ("dobj",)) + (
            children(verb, ("nsubjpass",)) if passive else []
        )
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            object_nouns.append(verb.head)  # "10 hostages seized by militants"
        if verb.dep_ == "relcl" and any(o.tag_ in ("WDT", "WP") for o in object_nouns):
            object_nouns.append(verb.head)  # "a deal that Kabila and Museveni signed"
        elif (verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBP", "VBZ"))
              ) and not object_nouns and any(
            s.tag_ not in ("WDT", "WP") for s in children(verb, ("nsubj",))
        ) and not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.subtree) and (
            verb.head.lemma_.lower() not in SPANS_OF_TIME
        ) and not any(m.lower_ == "that" and m.tag_ == "IN" for m in verb.children):
            # "a charge the rebels denied", "remarks Israeli officials condemned" (the parser
            # may read the relative clause as a clause of the noun; not a that-clause it hung on
            # a noun: "said after talks with Saddam that Iraq had agreed to grant autonomy")
            object_nouns.append(verb.head)
        object_nouns += [
            t for c in verb.children for t in [c, *c.children]
            if t.lower_ in CAPTIVITY and t not in object_nouns
            and t.dep_ not in ("pobj", "compound", "amod")
            and (t is c or c.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj"))
        ]  # "held two journalists hostage", "holding hostage three UN workers" (any parse; not
        # "held hostage talks", nor one in a clause of its own: "talks on journalists held
        # hostage")
        # "were found guilty", "found three Americans guilty" (the parser's amod), "found the
        # journalist guilty" (the parser's small clause)
        object_nouns += children(verb, ("acomp", "oprd")) + [
            a for o in children(verb, ("dobj",)) for a in children(o, ("amod",))
            if a.i > o.i
        ] + verdict_clauses(verb)
        if lemma in HALTING:
            # "stopped cooperating with U.N. inspectors": the gerund is what is halted
            object_nouns += [c for c in children(verb, ("xcomp",)) if c.tag_ == "VBG"]
        # "gave Morsi 48 hours to meet the demands": the parser's adverbial is the object
        object_nouns += [
            n for n in children(verb, ("npadvmod",)) if n.lemma_.lower() in TIME_UNITS
        ]
        if lemma in OBJECT_CONTROL:
            # "allowed UN inspectors to resume their work": the parser makes them the subject
            object_nouns += [h for c in children(verb, ("ccomp",)) for h in children(c, ("nsubj",))]
        object_nouns += [
            o for n in object_nouns if n.lemma_.lower() in QUANTITY_NOUNS | MEASURE_NOUNS | PORTIONS
            for o in prep_objects(n, {"of"})
        ]  # "took a number of hostages", "flew planeloads of food", "suspended most of its aid"
        object_nouns += [
            o for n in object_nouns if is_money(n) for o in prep_objects(n, {"in", "of"})
        ]  # "froze $2 billion in security assistance"
        object_nouns += [
            c for n in object_nouns if {n.lemma_.lower(), n.lower_} & CONTAINERS
            for c in children(n, ("compound",))
        ]  # "approved a 50 billion euro aid package", "sent vaccine doses"
        particles = {
            c.lower_ for c in verb.children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES)
        }  # "stepped down": the tagger may call the particle an adverb
        particles |= {
            c.lower_ for o in object_nouns for c in children(o, ("prep", "advmod", "prt", "amod"))
            if c.lower_ == "out" or (c.tag_ == "RP" and c.lower_ in PARTICLES and c.i < o.i)
        }  # "ordered Syria's ambassador out of the country", "held back aid": the parser hangs
        # the particle on the object
        particles |= {
            c.lower_ for c in [*verb.children, *(
                a for o in object_nouns for a in children(o, ("amod",)) if a.i == verb.i + 1
            )] if verb.lemma_.lower() == "set" and c.lower_ == "free" and c.tag_ in ("JJ", "RB")
            and c.dep_ in ("oprd", "acomp", "advmod", "advcl", "amod")
        }  # "set the sailors free", "set free several soldiers" (not "called on X to free")
        preps = {
            c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")
            and not all(o.ent_type_ in ("DATE", "TIME") for o in children(c, ("pobj",)) or [c])
        } | {  # ("called on Friday for ..." calls on no one)
            m.lower_ for c in children(verb, ("advcl",)) for m in children(c, ("mark",))
            if m.lower_ == "for"
        }  # ("called for Belarus to hold ...": the parser's "for" may mark the clause)
        if not object_nouns and children(verb, ("ccomp",)):
            preps.add("that")  # "warned that the premier risks...": a comment on a clause
        for entry in entries:
            words = entry.particle.split() if entry.noun and entry.particle else []
            if "own" in entry.flags and any(
                o.lower_ not in REFLEXIVES for o in children(verb, ("dobj",))
            ):
                continue  # "defended itself against accusations" (not "defended Mugabe")
            if words and words[0] in preps | particles:
                # "placed Berlusconi under investigation", "went on strike", "agreed to a truce",
                # "pulled out of the talks"
                for noun in phrase_objects(verb, words):
                    if entry.noun == noun_lemma(noun):
                        return entry, noun
        for noun in dict.fromkeys(m for n in object_nouns for m in coordinated(n)):
            for entry in entries:  # (each of coordinated objects: "sent police and soldiers")
                if entry.noun == "statement" and children(noun, ("acl", "relcl")):
                    continue  # "signed a joint statement condemning Iran": what it says counts
                if entry.noun == "position" and noun.tag_ == "NNS" and any(
                    c.dep_ in ("compound", "amod") and (
                        c.lemma_.lower() in HELD_GROUND_OWNERS or c.pos_ == "PROPN"
                    ) for c in noun.children
                ):
                    continue  # "attacked rebel positions", "Taliban positions": held ground
                if entry.noun and entry.noun == noun_lemma(noun):
                    # a phrasal verb is another verb: "called in an air strike" calls no strike
                    if entry.particle in particles | preps or not (
                        entry.particle or particles - {"up", "out"}
                    ):
                        specific = self.lexicon.noun_entry(noun)
                        kind = entry.code[:2]
                        if specific and specific.modifiers and specific.code[:2] == kind:
                            # "provided humanitarian aid": the modified noun is more precise
                            entry = replace(entry, code=specific.code)
                        elif specific and specific.modifiers and kind in ("02", "03", "10", "13"):
                            # "pledged economic aid" (0331): what is promised is more precise
                            about = code_about(kind, specific.code)
                            entry = replace(entry, code=about or entry.code)
                        return entry, noun
        told_envoys = lemma in ("tell", "ask", "instruct") and any(
            o.lemma_.lower() in DIPLOMATS and not any(
                c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in o.children
            ) for o in object_nouns
        ) and not any(
            d.lemma_.lower() in HOSTED_GATHERINGS
            for c in verb.subtree if c.lemma_ == "leave" for d in children(c, ("dobj",))
        )  # ("told the EU envoy and Poland's ambassador to leave"; not "asked its envoy to
        # leave", one's own, nor "to leave the meeting early")
        if (lemma in ("order", "give") or told_envoys) and any(
            c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and c.lemma_ == "leave"
            and not children(c, ("nsubj",))
            for c in [*verb.children, *(a for o in object_nouns for a in o.children)]
        ):  # fmt: skip ("gave him 72 hours to leave": the parser may hang it on the hours)
            # "ordered the ambassadors of Montenegro and Macedonia to leave", "gave the envoy 72
            # hours to leave the country": an expulsion of whom it addresses
            flags = frozenset({"peopleonly"})
            return LexEntry("174", f"{lemma} +leave", ("obj", "dative"), flags, lemma), None
        home = [
            c for c in children(verb, ("advmod", "npadvmod", "prt", "oprd")) if c.lower_ == "home"
        ]
        if home and lemma in CALLING_HOME and not particles:
            # "Washington called its envoy home from Syria": a recall (161); "Italy would begin
            # bringing its soldiers home from Iraq": a withdrawal (0874)
            called = {o.lemma_.lower() for o in object_nouns + children(home[0], ("compound",))}
            if called & DIPLOMATS:
                targets = ("from", "to", "in")  # ("its ambassador in Caracas")
                return LexEntry("161", f"{lemma} home +envoy", targets, frozenset(), lemma), None
            hurt = any(
                a.lower_ in CASUALTY_WORDS for o in object_nouns for a in children(o, ("amod",))
            )  # ("brought 30 wounded soldiers home": not a withdrawal)
            if called & TROOPS and not hurt:
                targets = ("from", "in")
                return LexEntry("0874", f"{lemma} home +troop", targets, frozenset(), lemma), None
        if lemma in IMPACTS and any(h.lower_ in MUNITIONS for h in subject_heads(verb)):
            # "Hamas rockets landed in southern Israel", "rockets slammed into Sderot": a strike
            # on where they fell (not a visit, nor words)
            targets = ("obj", "in", "on", "into")
            flags = frozenset({"placeonly"})  # (not "fell on a compound near the US embassy")
            return LexEntry("190", f"{lemma} (a munition)", targets, flags, lemma), None
        if lemma == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
            # "declared the U.N. envoy persona non grata": an expulsion (only people are, so
            # no check that the object names people: the parser may make "persona" the object)
            return LexEntry("174", "declare persona non grata", ("obj",), frozenset(), lemma), None
        if lemma == "pay" and any(is_money(o) for o in object_nouns) and (
            children(verb, ("dative",)) or prep_objects(verb, {"to"})
        ) and not any(t.lemma_.lower() in REPAYMENTS for t in verb.sent) and not any(
            prep_objects(h, {"for"}) for h in [verb, *object_nouns]
        ):  # ("paid Russia 1 billion dollars for gas": a purchase)
            # "the EU paid Ukraine 1.5 billion euros": economic aid (not "paid a visit", nor
            # "paid the IMF to clear its debt")
            return LexEntry("071", "pay", ("obj", "to"), frozenset(), lemma), None
        if lemma == "order" and object_nouns and not particles and any(
            c.dep_ == "xcomp" and children(c, ("aux",)) for c in verb.children
        ) and not any(self.lexicon.noun_entry(o) for o in object_nouns):
            # "ordered China to close its consulate": a demand, when made of another state
            # (see ``_refine_verb_entry``)
            return LexEntry("100", "order", ("obj",), frozenset({"actoronly"}), lemma), None
        if lemma == "deny" and not object_nouns and any(
            c.dep_ == "ccomp" or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG")
            for c in verb.children
        ):
            # "Iran denied that it had sent weapons", "denied hosting CIA jails": a denial of
            # what it is accused of (answering its accusers, found before it)
            denial = next((e for e in entries if e.noun == "it"), None)
            if denial is not None:
                return denial, None
        if lemma in CHEMICAL_DELIVERY:
            # "dropped chlorine on Saraqeb", "used chloropicrin against Ukrainian positions",
            # "fired shells filled with chlorine at Peshmerga positions"
            weapon = next((n for n in object_nouns if is_chemical_weapon(n)), None)
            if weapon is not None:
                pattern = f"{lemma} +chemical weapon"
                targets = ("on", "against", "at", "in")
                return LexEntry("2041", pattern, targets, frozenset(), lemma), weapon
        if lemma in LIGHT_VERBS or lemma == "end":
            # (each of coordinated objects: "flew surgeons and medical supplies into Haiti")
            for noun in [m for n in object_nouns for m in coordinated(n)]:
                if noun.lemma_.lower() in MEASURE_NOUNS:
                    # "concluded another round of peace talks": the talks are the event
                    noun = next(iter(prep_objects(noun, {"of"})), noun)
                elif is_money(noun):
                    # "provided $10 million in humanitarian assistance"
                    noun = next(iter(prep_objects(noun, {"in", "of"})), noun)
                noun_entry = self.lexicon.noun_entry(noun)
                if noun.lemma_.lower() in TRIALS and lemma not in TRIAL_VERBS:
                    continue  # "sent the trial to Riyadh" tries no one
                if lemma == "end" and (
                    noun_entry is None or noun_entry.code[:2] != "04" or not ended_as_held(verb)
                ):
                    continue  # (a war or a siege ended is no fighting)
                if noun_entry is not None and lemma in DEAL_ONLY_VERBS and not (
                    noun_entry.code.startswith("05") or noun_entry.code.startswith("087")
                ):
                    continue
                if noun_entry is not None:
                    # "offered medicine to India": what is offered is promised (033), not given
                    kinds = {e.code[:2] for e in entries if not e.particle and not e.noun}
                    kind = next(iter(kinds & {"02", "03", "10", "13"}), None)
                    if kind is not None:
                        about = code_about(kind, noun_entry.code)
                        noun_entry = replace(noun_entry, code=about or noun_entry.code)
                    return noun_entry, noun
        with_particle = [e for e in entries if e.particle and not e.noun]
        for entry in with_particle:
            if entry.particle in particles or (
                entry.particle in preps and not particles - {"up", "out"}
            ):  # ("called off the march on Islamabad" is no call on Islamabad)
                return entry, None
        plain = [e for e in entries if not e.particle and not e.noun]
        if any(f"{lemma} {p}" in OTHER_PHRASAL_VERBS for p in particles):
            return None  # "free up US troops" releases no one
        if plain and not (particles - {"up", "out"} and with_particle):
            return plain[0], None
        return None

    def _code_verb(
        self, verb: Token, resolver: Resolver, when: dt.date | None, consumed: set[int]
    ) -> list[Event]:
        """The events a verb reports. Each step may find there is none; the steps run in this
        order because each reads what the ones before it settled."""
        cand = self._verb_candidate(verb, consumed)
        if cand is None or describes_next_noun(verb):
            return []
        dated = at_event_date(resolver, verb, when)
        self._verb_roles(cand, dated, consumed)
        if not self._verb_targets(cand, dated):
            return []
        if not self._verb_sources(cand, dated):
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in OFFERING:
            self._offered_to_answerer(cand, dated)
        aid = aid_sent(verb) if code_is_visit(cand.entry) and cand.sources else None
        if aid and self._gives_aid(cand, aid, dated):
            # "U.S. Marines landed in Liberia to support peacekeepers": military protection;
            # "Chinese rescuers arrived in Nepal to help search for survivors": relief (not a
            # leader's visit to the flooded region)
            cand.entry = replace(cand.entry, code=aid)
        elif self._not_a_visit(cand, dated):
            return []
        elif code_is_visit(cand.entry):
            # ("Sam Rainsy flew home to a cheering crowd": one visits places and states, not
            # the people who meet one)
            cand.targets = [t for t in cand.targets if t.code[3:6] not in ("CVL", "REF")]
            if not cand.targets:
                return []
        if cand.entry.code == "042" and cand.targets and all(
            primary(t.code) == primary(s.code) and t.code[3:6] in ("MIL", "GOV", "COP", "SPY")
            for t in cand.targets for s in cand.sources
        ):
            # "Clinton, visiting U.S. troops in South Korea": a visit to where his own people
            # are, if abroad (at home, none)
            homes = {primary(s.code) for s in cand.sources}
            where = [
                o for h in [verb, *cand.object_heads] for o in prep_objects(h, {"in", "at", "on"})
            ]  # (the visit's own place: not "soldiers wounded in Iraq" at a hospital at home)
            cand.targets = [
                r for r in self._places_named(where, dated) if primary(r.code) not in homes
            ][:1]
            if not cand.targets:
                return []
        if "claim" in cand.entry.flags:
            return self._claimed_attack(verb, cand.noun, cand.sources, dated, when)
        if not self._refine_verb_entry(cand, dated):
            return []
        code = self._verb_code(cand, dated, consumed)
        if code is None:
            return []
        return self._emit_verb(cand, code, dated, when)

    def _offered_to_answerer(self, cand: _Candidate, resolver: Resolver) -> None:
        """What a participle says was done by some to a thing ("a package offered by Britain,
        France and Germany") is not done to its doers but to whoever answers the thing: "Iran
        rejected a package offered by ..."."""
        doers = {s.code for s in cand.sources}
        cand.targets = [t for t in cand.targets if t.code not in doers]
        thing = cand.verb.head
        if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head  # ("rejected a package of incentives offered by ...")
        if not cand.targets and thing.dep_ == "dobj" and is_response(thing.head):
            cand.targets = [
                a for h in subject_heads(thing.head) for a in resolver.actors(h)
                if a.code not in doers
            ]  # fmt: skip

    def _verb_candidate(self, verb: Token, consumed: set[int]) -> _Candidate | None:
        """The lexicon entry a verb matches, if its clause reports it as done, intended or
        refused (the intent or refusal code is kept for later); ``None``: no event."""
        match = self._match_verb(verb)
        if match is None:
            return None
        entry, noun = match
        if noun is not None and noun.lower_ in CAPTIVITY and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
        ) and (verb.tag_ == "VBN" or (verb.lower_ == "held" and noun.i == verb.i + 1 and not [
            o for o in children(verb, ("dobj",)) if o.i != noun.i
        ])):
            # "truck drivers held hostage in Iraq" (however tagged): held by others, a captivity
            return None
        if noun is not None and not is_response(verb):
            consumed.add(noun.i)  # "denied the charges": the charges are another's act
        if verb.lemma_.lower() in ("ask", "wonder") and any(
            m.lower_ in ("whether", "if") for c in children(verb, ("ccomp",))
            for m in children(c, ("mark",))
        ):
            return None  # "diplomats are asking whether he will govern": a question, no appeal
        reason = modality(verb)
        root = entry.code[:2]
        intent_code = None
        if reason == "intended" and verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in CONSIDERING
        ):
            intent_code = "014"  # "Germany is considering sending troops to Mali"
        elif reason in INTENT_REASONS and root in COOPERATIVE_ROOTS | {"14"}:
            head = self._match_verb(verb.head) if verb.dep_ == "xcomp" else None
            if head is not None and head[0].code[:2] in ("03", "13"):
                return None  # "vowed to cooperate": the vow is the event, coded on its own verb
            # a protest announced is a threat of one ("workers will go on strike": 133)
            intent_code = "133" if root == "14" else code_about("03", entry.code)
            if intent_code is None:
                return None  # an intent CAMEO cannot code is not reported as done
            if intent_code == "036" and reason == "future" and (
                entry.code in ("042", "043") or entry.lemma in ("meet", "attend")
            ) and not self._own_plan(verb):
                return None  # "Powell will visit Japan next week": a schedule, no event yet
        elif reason in ("future", "reported") and root in FORCE_ROOTS | {"16"} and (
            conditional_on(verb)
        ):
            # "would withdraw from the talks if they turned into a dead end": a threat (134)
            intent_code = code_about("13", entry.code)
            if intent_code is None:
                return None
        elif reason in ("reported", "future") and root in ("18", "19") and (
            (entry.lemma != "fight" or any(
                m.start <= o.i < m.end for o in children(verb, ("dobj",))
                for m in verb.doc._.actor_mentions or ()
            )) and (told := reported_clause(verb)) is not None and any(
                c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in verb.children
            ) and any(
                s.lower_ in ("it", "we") or (s.lower_ == "they" and all(
                    h.tag_ in ("NNS", "NNPS") or h.ent_type_ in ("ORG", "NORP")
                    for h in subject_heads(told.head)
                )) for s in children(told, ("nsubj",))
            )  # ("Allawi said they would kill more Iraqis": the insurgents, not Allawi)
        ):
            # "ETA said it would resume attacks on all fronts": its own violence announced
            # is a threat (138)
            intent_code = code_about("13", entry.code)
            if intent_code is None:
                return None
        elif reason == "intended" and entry.code == "186" and verb.head.lemma_ in ATTEMPTS:
            intent_code = "185"  # "tried to assassinate": CAMEO's attempted assassination
        elif reason in ("intended", "infinitive") and entry.code in ("190", "193") and (
            verb.dep_ == "xcomp" and verb.head.lemma_ in ATTEMPTS | STRUGGLING
            and modality(verb.head) is None
        ):
            # "forces are trying to root out militants", "struggled to flush insurgents": an
            # attack under way (not "tried to annex", nor "struggled to agree on a ceasefire")
            reason = None
        elif reason in INTENT_REASONS and entry.code == "154" and entry.lemma in SENDING and (
            entry.noun in TROOPS_SENT and verb.head.lemma_.lower() not in THREATENING
            and any(o.lemma_.lower() != "border" for o in prep_objects(verb, {"to"}))
            and not conditional_on(verb) and not self._sent_to_fight(verb)
        ):  # (not "into Georgia if Tbilisi attacks", "to hunt Kurdish rebels", "to its border")
            head = self._match_verb(verb.head) if verb.dep_ == "xcomp" else None
            if head is not None and head[0].code[:2] == "03":
                return None  # "pledged to send troops": the pledge is coded on its own verb
            # "Britain will send 3,300 troops to Afghanistan", "voted to send troops to the U.N.
            # force in Lebanon": an intent to protect (0334), not yet a mobilization
            intent_code = "0334"
        elif reason == "negated" and entry.code == "0831" and any(
            c.dep_ == "aux" and c.lower_ in FUTURE | {"would"} for c in verb.children
        ) and not any(
            c.lower_ in ("before", "until", "ahead", "if", "unless") for c in verb.children
        ):  # (not "would not resign before the elections": a timetable)
            intent_code = "1231"  # "Rajapaksa will not resign": the demand that he go refused
        elif reason == "negated" and root in COOPERATIVE_ROOTS | {"03"} and refusing(verb):
            # "Syria said it would not hand over the suspects", "North Korea will not return to
            # the talks until ...", "will not improve ties": a refusal of what it will not do
            intent_code = code_about("12", entry.code) or ("120" if root == "03" else None)
            if intent_code is None:
                return None
        elif reason == "refused":
            # "refused to meet the delegation": a rejection of the meeting, by whoever refused;
            # "declined to comment" is CAMEO's own 011
            intent_code = "011" if root == "01" else code_about("12", entry.code)
            if intent_code is None:
                return None
        elif reason and not (
            root in ("03", "13") and reason in ("future", "hypothetical", "reported")
        ):
            return None
        start = verb.left_edge.i if verb.dep_ == "relcl" else verb.i
        aside = start > 0 and verb.doc[start - 1].text == ","  # ", who are backed by Iran,"
        if "norel" in entry.flags and verb.dep_ in ("relcl", "acl", "pcomp") and not aside:
            # "an attack on Iraqis cooperating with U.S. forces", "militias backed by the army":
            # who they are (but an aside reports an act: "troops, backed by Russian warplanes,")
            return None
        if root in CONFLICT_ROOTS and any(
            t.lower_ in SPORT and t.dep_ not in ("compound", "amod") and not any(
                m.start <= t.i < m.end for m in verb.doc._.actor_mentions or ()
            )
            for t in verb.sent
        ):  # (the Arab League and the Awami League are no sports leagues)
            # "Germany fought France in the World Cup semi-final": a game (but "attacked a
            # football stadium" is an attack)
            return None
        if root in FORCE_ROOTS and verb.dep_ in ("advcl", "conj") and (
            verb.head.lemma_.lower() in ACCIDENTS
        ):
            return None  # "a plane crashed into a mountain, killing 25": no one attacked
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if root in FORCE_ROOTS and verb.tag_ == "VBG" and clause.dep_ == "advcl" and any(
            t.lemma_.lower() in ACCIDENTS and t.pos_ == "VERB" and clause.head.i < t.i < verb.i
            for t in verb.sent
        ):
            return None  # "after Bangladesh was submerged, destroying crops and killing 700"
        return _Candidate(verb, entry, noun, root, reason, intent_code)

    def _verb_roles(self, cand: _Candidate, resolver: Resolver, consumed: set[int]) -> None:
        """The heads of the verb's source and object phrases, and the sources they name."""
        verb, root = cand.verb, cand.root
        source_heads, object_heads = logical_roles(verb)
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and "obj" not in cand.entry.targets:
            # "A Chinese submarine intruded into Japanese waters": no verb takes its noun as its
            # object if it takes none (the parser's reduced relative is the sentence's verb)
            source_heads, object_heads = [verb.head], []
        visitor = visiting_guest(verb)
        if visitor is not None:
            # "Putin met visiting Chinese President Xi": Xi visits, Putin hosts (only a host
            # who meets or speaks with the guest; one who receives them codes the visit itself)
            clause = hosting_clause(verb) or visitor.head
            meeting = clause.lemma_.lower() in HOSTING or (
                clause.lemma_.lower() in GIVING_GUESTS
                and (visitor.ent_type_ == "PERSON" or visitor.lemma_.lower() in OFFICE_NOUNS | {
                    "official", "delegation", "leader"
                })
            )
            source_heads = [visitor] if meeting else []
            hosts = subject_heads(clause) + [
                o for h in [clause, *children(clause, ("dobj",))] for o in prep_objects(h, {"with"})
            ]  # ("the visiting minister held talks with Assad")
            object_heads = [h for h in hosts if h != visitor] if meeting else []
        if not object_heads and not is_passive(verb):
            object_heads = misparsed_objects(verb, resolver.index)
        if not source_heads and is_passive(verb) and root in FORCE_ROOTS:
            source_heads = self._attacker_of(verb, resolver)
            fights = [o for o in prep_objects(verb, {"in", "during"}) if self._is_fight(o)]
            if source_heads and fights:
                # "a policeman was killed in clashes with militants": both sides fought
                cand.entry = replace(cand.entry, flags=cand.entry.flags | {"sym"})
        attack = self._attack_as_subject(source_heads) if root in FORCE_ROOTS else None
        attackers = self._owners(attack[1], resolver) if attack is not None else []
        if attack is not None and attack[0] in (FIRED_MUNITION, FIRED_ARTILLERY):
            # "Macedonian army artillery": the phrase names its gunners
            attackers = self._actors(attack[1], resolver) or attackers
            # "Israeli shells": the state's forces fired them
            states = {c.idx for c in children(attack[1], ("amod",))}
            attackers = [
                replace(a, code=a.code + "MIL")
                if a.start_char in states and len(a.code) == 3 and country_of(a.code) else a
                for a in attackers
            ]  # fmt: skip
        if not attackers:
            attack = None  # "battles between insurgents and troops killed 27": coded as a noun
        else:
            # "a US drone strike killed an al-Qaeda commander": the strike's owner struck
            source_heads = []
            consumed.add(attack[1].i)
        cand.source_heads = self._past_dateline(source_heads)
        cand.object_heads = self._past_dateline(object_heads)
        cand.sources = [
            a for h in cand.source_heads for a in self._actors(h, resolver)
            if not self._in_dateline(a.start_char)
        ]  # fmt: skip
        if attack is not None:
            cand.sources = attackers
        cand.attack = attack

    def _towns_entered(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Whether what armed men enter is a town or city of the state, not a country,
        parliament or race, with no purpose of their own ("entered Kinshasa to join the
        government", "entered Pakistan to escape the bombing")."""
        if any(
            c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in children(c, ("aux",)))
            for c in cand.verb.children
        ):
            return False
        heads = cand.object_heads + prep_objects(cand.verb, {"into"}) + cand.target_heads
        if names_a_country(heads, resolver):
            return False  # ("entered Pakistan to escape": a country crossed into)
        return any(
            self._place_country(o, resolver) is not None
            for h in heads for o in [h, *prep_objects(h, {"of"}), *children(h, ("appos",))]
        )  # ("the Liberian capital Monrovia", "the capital, Bangui", "the city of Goma")

    def _voted_down(self, cand: _Candidate, resolver: Resolver) -> list[ActorRef]:
        """Whose plan voters reject at the polls: an actor the rejected thing names ("the Nice
        Treaty on enlarging the European Union", "a constitution that would have extended
        Mugabe's powers", "autonomy within Indonesia"), else their own government's."""
        homes = {s.code[:3] for s in cand.sources}
        for rejected in children(cand.verb, ("dobj",)):
            if any(c.lower_ == "european" for c in rejected.children):
                return [resolver.country_ref(rejected, "IGOEU")]  # "the European constitution"
            about = [p for p in children(cand.verb, ("prep",)) if p.lower_ in ("on", "about")]
            named = [
                a for phrase in [rejected, *about] for t in phrase.subtree
                if t.i != rejected.i and t.i in resolver.index
                for a in resolver.actors(t) if a.code[:3] not in homes
            ]  # fmt: skip (the parser may hang "on enlarging the EU" on the verb)
            if named:
                return named[:1]
        countries = {country_of(s.code) for s in cand.sources}
        if len(countries) != 1 or None in countries:
            return []
        anchor = (children(cand.verb, ("dobj",)) or [cand.verb])[0]  # (what the vote was on)
        return [resolver.country_ref(anchor, countries.pop() + "GOV")]

    def _verb_targets(self, cand: _Candidate, resolver: Resolver) -> bool:
        """The verb's targets: the phrases its entry names, else what it implies; ``False``
        when it has a target that cannot be placed (no event)."""
        self._named_targets(cand, resolver)
        if not cand.targets and cand.root == "12" and cand.sources and voting(cand):
            cand.targets = self._voted_down(cand, resolver)
        bodies = [t for t in cand.targets if t.code.startswith("IGO")]
        if cand.entry.code in ("114", "115") and bodies:
            # "complained to the World Trade Organization about Warsaw's ban": a body is where
            # the complaint goes; its target is whom it is about
            homes = {primary(s.code) for s in cand.sources}
            hosts = [cand.verb] + ([cand.noun] if cand.noun is not None else [])
            about = [
                a for h in hosts for t in h.subtree if t.dep_ == "pobj"
                and t.head.lower_ in ("about", "over") for a in self._target_actors(t, resolver)
                if primary(a.code) not in homes and not a.code.startswith("IGO")
            ]  # fmt: skip
            others = [t for t in cand.targets if not t.code.startswith("IGO")]
            cand.targets = others or about or cand.targets
        if bodies and cand.entry.code == "154":
            # "send troops to the U.N. force in southern Lebanon": to the country it serves in
            served = [
                r for o in prep_objects(cand.verb, {"to"}) if o.lemma_.lower() in FORCE_NOUNS
                for p in prep_objects(o, {"in"}) if (r := self._place_country(p, resolver))
            ]  # fmt: skip
            cand.targets = served or cand.targets
        if "that" in cand.entry.targets and not self._warned_targets(cand, resolver):
            return False
        if (not cand.targets or self._court_asked(cand)) and cand.entry.code[:2] in (
            "02", "03", "10", "13"
        ):
            self._complement_targets(cand, resolver)
        if not cand.targets and cand.entry.code[:2] in ("13", "03"):
            # (a vow of violence is a threat: "Afghan guerrillas vowed to fight on")
            self._threatened_party(cand, resolver)
        if not cand.targets and cand.entry.code == "196":
            # "ETA said it was ending its ceasefire": with its own state
            cand.targets = insurgents_home(cand.sources, cand.verb)
        self._joint_intent(cand)
        if not cand.targets and cand.root == "14":
            self._protest_targets(cand, resolver)
        if not cand.targets and cand.noun is not None and cand.noun.lemma_.lower() in DISMAY:
            cand.targets = self._reacted_to(cand.verb, resolver)  # ("Washington voiced dismay")
        if not cand.targets and cand.entry.code == "114":
            # "China lodged a formal protest after Japan granted drilling rights": against
            # whoever did what it answers (not its own side)
            homes = {primary(s.code) for s in cand.sources}
            cand.targets = [
                a for a in self._reacted_to(cand.verb, resolver) if primary(a.code) not in homes
            ]
        if not cand.targets and cand.entry.code == "016":
            cand.targets = self._accusers(cand.verb, cand.sources, resolver)
            if not cand.targets:
                # "North Korea denied sinking the South Korean warship", "Syria denied that it
                # had sent troops into Lebanon": to whom the act denied was done
                homes = {primary(s.code) for s in cand.sources}
                heads = self._denied_act_objects(cand.verb)
                cand.targets = [
                    a for a in self._targets_of(heads, resolver) if primary(a.code) not in homes
                ]
                cand.target_heads = heads if cand.targets else cand.target_heads
            told = charge_teller(cand.verb)
            if told is not None and told.lemma_.lower() not in ACCUSING and cand.targets and (
                cand.verb.head.lemma_.lower() in ACCUSATIONS
            ):  # (not "said 40 Maoists died, a claim the rebels denied": no charge)
                # ("said ... , an allegation Tehran dismissed": what was said is a charge,
                # against the deniers as the charge names them: "said Israeli troops killed")
                deniers = {primary(s.code) for s in cand.sources}
                charged_clause = cand.verb.head.head  # (what the charge stands beside)
                named = [
                    a for h in subject_heads(charged_clause) for a in resolver.actors(h)
                    if primary(a.code) in deniers
                ]  # fmt: skip
                cand.charged = named or cand.sources
        if not cand.targets and cand.entry.code == "055":
            # "China expressed regret for the intrusion of one of its subs into Japanese
            # waters": an apology to those the act was done to
            homes = {primary(s.code) for s in cand.sources}
            cand.targets = [
                a for host in (cand.verb, cand.noun) if host is not None
                for o in prep_objects(host, {"for", "over"}) for t in o.subtree
                if t.i in resolver.index and resolver.index.get(t.head.i) is not resolver.index[t.i]
                for a in resolver.actors(t) if primary(a.code) not in homes
            ][:1]
        if not cand.targets and cand.root == "16":
            # "Amman withdrew its envoy in protest at Israel's handling of the uprising", "cut
            # ties in protest against Israel's offensive": against whose act it protests
            homes = {primary(s.code) for s in cand.sources}
            hosts = [cand.verb, *cand.object_heads]  # (the parser may hang it on the envoy)
            protests = [
                p for h in hosts for p in prep_objects(h, {"in"}) if p.lemma_.lower() == "protest"
            ]
            reasons = [
                o for h in protests + (hosts if protests else [])
                for o in prep_objects(h, {"at", "over", "against"})
            ]  # fmt: skip
            cand.targets = [
                a for o in reasons for a in self._target_actors(o, resolver)
                if primary(a.code) not in homes
            ]  # fmt: skip
        if not cand.targets and cand.entry.particle == "back" and cand.entry.lemma in (
            "hit", "strike"
        ):
            self._answered_party(cand, resolver)
        if not cand.targets:
            self._called_party(cand, resolver)
        if not cand.targets and cand.root == "19":
            self._purpose_targets(cand, resolver)
        if not cand.targets and test_fired(cand.verb):
            # "test-fired a missile that could hit most cities in India", "capable of reaching
            # Israel": a show of force toward whoever the weapon can reach
            homes = {s.code[:3] for s in cand.sources}
            cand.targets = [
                r for o in children(cand.verb, ("dobj",)) for t in o.subtree
                if t.i > o.i and (r := self._place_country(t, resolver)) is not None
                and r.code[:3] not in homes
            ][:1]
        self._own_side_targets(cand, resolver)
        if not cand.targets and (cand.intent_code or "")[:2] == "03":
            self._conditional_counterpart(cand, resolver)
        place_code = cand.entry.flag_value("place")
        wholes = [
            w for w in map(whole_of, cand.target_heads)
            if w.i not in resolver.index or resolver.index[w.i].kind in ("country", "capital")
        ]  # (not "seized two Americans")
        places = [
            r for h in wholes if (r := self._place_country(h, resolver, any_size=True))
        ] if place_code else []  # fmt: skip
        if places:
            # "rebels seized Aleppo", "the Taliban seized Kabul": taking a place is occupying
            # it (192), and it is the place's country that is occupied
            cand.entry = replace(cand.entry, code=place_code)
            cand.target_heads = wholes
            cand.targets = [replace(r, code=r.code[:3]) for r in places]
        elif cand.entry.code in ("0874", "192") or cand.entry.code[:2] in ("18", "19"):
            # "Syrian troops withdrew from Beirut", "entered Ramallah", "two bombs went off in
            # Colombo": troops leave or enter, and bombs hit, the capital's country, not its
            # government
            movement = cand.entry.code in ("0874", "192")
            seats = [
                t.idx for h in cand.target_heads for t in h.subtree
                if t.i in resolver.index and resolver.index[t.i].kind in PLACE_KINDS
                and (movement or (t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS))
                and h.lemma_.lower() not in WITHDRAWN_PROCESSES | WITHDRAWN_BODIES
            ]  # fmt: skip (not "pulled out of the Jerusalem summit": a meeting left)
            cand.targets = [
                replace(r, code=r.code[:3])
                if any(r.start_char <= i < r.end_char for i in seats) and country_of(r.code)
                else r
                for r in cand.targets
            ]  # fmt: skip
        if not cand.targets and not cand.joint:
            cand.targets, cand.target_heads = self._unnamed_target(
                cand.entry, cand.verb, cand.noun, cand.sources, cand.target_heads, resolver
            )
            if cand.targets and cand.entry.code == "0871":
                # a truce one side declares is its own ("the ELN announced a ceasefire")
                cand.entry = replace(cand.entry, flags=cand.entry.flags - {"sym"})
        if cand.entry.code == "042" and cand.entry.lemma == "address" and not any(
            t.i in resolver.index and resolver.index[t.i].kind != "agent"
            for h in cand.target_heads
            for t in [h, *(d for c in children(h, ("poss", "amod", "compound")) for d in c.subtree)]
        ):
            return False  # ("Blair addressed parliament on Iraq": his own, not Iraq's)
        if cand.entry.code == "042":
            # "addressed Japan's parliament": a visit to Japan
            cand.targets = [
                replace(t, code=t.code[:3]) if t.code[3:6] == "LEG" else t for t in cand.targets
            ]
        return self._place_roles(cand, resolver)

    def _purpose_targets(self, cand: _Candidate, resolver: Resolver) -> None:
        """Whom an offensive is aimed at, told by what it is for: "launched an assault to
        retake Samarra from insurgents", "an offensive to flush out al Qaeda militants"."""
        hosts = [cand.verb] + ([cand.noun] if cand.noun is not None else [])
        for clause in [c for h in hosts for c in children(h, ("xcomp", "advcl", "acl", "relcl"))]:
            if clause.lemma_.lower() not in OFFENSIVE_AIMS or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            ):
                continue
            taken = [o for h in children(clause, ("dobj",)) for o in (
                prep_objects(h, {"of"}) if h.lemma_.lower() == "control" else [h]
            )]  # fmt: skip ("to regain control of the insurgent stronghold of Samarra")
            # "to retake Samarra from insurgents": the foe holds the place; "to oust the
            # Islamists from Mogadishu": the foe is the object, the place what it leaves
            holders = prep_objects(clause, {"from"}) if clause.lemma_.lower() in TAKEN_BACK else []
            heads = holders or taken
            targets = self._targets_of(heads, resolver)
            if not targets:
                # "to retake Samarra from insurgents", "the insurgent stronghold of Samarra":
                # the armed group that holds the place, in the place's country
                places = [p for h in taken for t in [h, *prep_objects(h, {"of"})]
                          if (p := self._place_country(t, resolver, any_size=True))]
                holders = heads if heads != taken else [
                    c for h in taken for c in children(h, ("compound", "amod"))
                ]  # fmt: skip
                country = places[0].code[:3] if places else None
                targets = placed_roles(country, holders, resolver, ARMED_GROUP_ROLES)
                heads = holders
            if targets:
                cand.targets, cand.target_heads = targets, heads
                return

    def _named_targets(self, cand: _Candidate, resolver: Resolver) -> None:
        """The actors of the phrases the entry's ``target`` column names (``obj``, ``that``,
        ``noun`` or a preposition)."""
        verb, noun, root = cand.verb, cand.noun, cand.root
        targets: list[ActorRef] = []
        target_heads: list[Token] = []
        one_way = False
        # ("sent 71 warplanes and drones toward Taiwan": the last of coordinated objects)
        hosts = [verb] + (coordinated(noun) if noun is not None else [])
        if noun is not None:
            # ("scrapped U.N. sanctions imposed on Libya": the participle carries the target)
            hosts += [c for c in children(noun, ("acl",)) if c.tag_ == "VBN"]
        if noun is not None and noun.dep_ == "compound":
            hosts.append(noun.head)  # "an aid package for Ukraine"
        # ("spoke by telephone with Hu Jintao": the parser may hang the partner on the phone)
        hosts += [o for o in prep_objects(verb, {"by", "on", "over"}) if o.lower_ in PHONE_WORDS]
        if noun is not None and noun.dep_ == "pobj" and (
            noun.head.head.lemma_.lower() in MEASURE_NOUNS | QUANTITY_NOUNS
            or is_money(noun.head.head)
        ):
            # "flew tonnes of relief supplies to Nepal", "$800 million in aid for Ukraine",
            # "reduce its number of troops in Iraq"
            hosts.append(noun.head.head)
        if cand.entry.lemma in BLAMING:
            hosts += cand.object_heads  # (the parser may hang "on Libya" on "the bombing")
        if verb.lemma_.lower() in CALLING_HOME or cand.entry.code in ("0874", "161"):
            hosts += [c for c in verb.children if c.lower_ == "home"]  # ("home from Iraq")
            # ("called its ambassador in Caracas home": where the envoy serves or troops are)
            hosts += [o for o in cand.object_heads if o.lemma_.lower() in DIPLOMATS | TROOPS]
        reciprocal = reciprocal_objects(verb)
        if reciprocal:
            # "Thailand and Cambodia accused each other": each of the other
            cand.entry = replace(cand.entry, flags=cand.entry.flags | {"sym"})
        for spec in cand.entry.targets:
            if spec == "obj" and target_heads and cand.entry.lemma in BLAMING:
                continue  # "blamed the bombing on Libya": the object is the act blamed
            if spec == "obj":
                # (the pattern's noun is its event, unless it names people: "seized hostages")
                heads = [
                    h for h in cand.object_heads
                    if noun is None or h.i != noun.i
                    or (h.i in resolver.index and h.lemma_.lower() != "state")
                ]  # fmt: skip ("a state of emergency" is no actor)
                heads = [
                    o for h in heads
                    for o in (prep_objects(h, {"of"}) if h.lemma_.lower() in STANDING else [])
                    or [h]
                ]  # fmt: skip ("recognised the independence of Lithuania": Lithuania)
                if noun is not None and noun.lower_ in CAPTIVITY and len(heads) > 1:
                    # "holding hostage three UN workers": the workers, not the word "hostage"
                    heads = [h for h in heads if h.i != noun.i]
                elif noun is not None and noun.lower_ in CAPTIVITY and [h.i for h in heads] == [
                    noun.i
                ]:
                    # "held two British soldiers hostage", "held hundreds of peacekeepers
                    # captive": the parser may make the held its modifier or subject
                    held = [
                        h for h in children(noun, ("compound", "nsubj"))
                        if h.i in resolver.index and resolver.index[h.i].kind == "agent"
                    ]  # fmt: skip (not "took two Italians hostage": Italians, as hostages)
                    heads = held or heads
                if root in ASKING_ROOTS:
                    heads = [h for h in heads if not self._done_to(h)]
                # "killing 12 people, including three Iraqi policemen": who they were
                heads += [o for h in [verb, *heads] for o in prep_objects(h, {"including"})
                          if o.i not in {x.i for x in heads}]
                if not is_passive(verb) and any(self._attack_noun(h) for h in heads):
                    # "condemned the murder of a British aid worker by Iraqi insurgents": the
                    # parser hangs the attack's agent on the verb (one its own words place:
                    # not "the attack on its embassy by gunmen")
                    heads += [o for o in prep_objects(verb, {"by"}) if any(
                        t.i in resolver.index and resolver.index[t.i].kind != "agent"
                        for t in phrase_tokens(o)
                    )]
            elif spec == "that":
                # "warned that the prime minister risks...": the clause's subject; "voiced
                # optimism that Ankara would drop its objections": the noun's clause
                clauses = children(verb, ("ccomp",)) + [
                    c for c in children(noun, ("acl", "ccomp"))
                    if any(m.lower_ == "that" for m in children(c, ("mark",)))
                ] if noun is not None else children(verb, ("ccomp",))
                heads = [h for c in clauses for h in subject_heads(c)]
                heads = [h for h in heads if h.i > verb.i or h.head.i != verb.i]
            elif spec == "noun":
                # "expelled two Russian diplomats": the pattern's own noun is the target
                heads = [noun] if noun is not None else []
            elif spec == "compound":
                # "Syria completed its Lebanon pullout": the place a noun is compounded with;
                # "reopened its Syrian border": a border's other side (a "Syrian pullout" is
                # Syria's own)
                heads = [
                    c for c in children(noun, ("compound", "amod"))
                    if c.i in resolver.index and (c.ent_type_ in ("GPE", "LOC") or (
                        c.dep_ == "amod" and {noun.lemma_.lower(), c.head.lemma_.lower()} & (
                            BORDERS | {"crossing"}
                        )
                    ))
                ] if noun is not None else []
            else:
                heads = [
                    o for host in hosts for o in prep_objects(host, {spec})
                    if o.ent_type_ not in ("DATE", "TIME")
                ]  # fmt: skip ("used tear gas on Monday": a date is no one's)
                if not heads and spec == "between":
                    heads = [o for h in cand.object_heads for t in h.subtree
                             for o in prep_objects(t, {"between"})]
            heads = [h for h in heads if h not in reciprocal and not absolute_with(h)]
            if spec == "with" and root < "09":
                # ("agreed to a truce with Egyptian mediation": the mediator is no party)
                heads = [h for h in heads if h.lemma_.lower() not in HELPING_HANDS]
            thirds = [h for h in heads if h.i in resolver.index and any(
                o.lemma_.lower() in THIRD_PARTIES
                for o in prep_objects(h, {"as"}) + [
                    o for p in children(verb, ("prep",)) if p.lower_ == "as" and p.i == h.i + 1
                    for o in children(p, ("pobj",))
                ]
            )]  # ("signed a peace agreement, with South Sudan as mediator": no party to it)
            if thirds and (len(heads) > len(thirds) or len(set(cand.sources)) > 1):
                heads = [h for h in heads if h not in thirds]
            target_heads.extend(heads)
            if spec == "by" and not heads and noun is not None:
                # "denied a New York Times report", "rejected Amnesty's allegations": whose
                targets.extend(self._owners(noun, resolver))
            for head in heads:
                if root in ("11", "12") and spec == "obj" and self._attack_noun(head):
                    # "condemned the beheading of an American hostage": the attack's doers,
                    # never its victims
                    targets.extend(self._owners(head, resolver))
                    continue
                found = self._target_actors(head, resolver) or self._subjects_of_state(
                    head, cand.sources, resolver
                )
                if not found and root == "01" and head.lemma_.lower() in CHARGES:
                    # "declined to comment on reports that Israel had struck Isfahan": on
                    # whoever made them, else on whom they are about
                    found = self._owners(head, resolver) or [
                        a for o in prep_objects(head, {"by"}) for a in resolver.actors(o)
                    ] or [
                        a for c in children(head, ("acl", "ccomp")) if children(c, ("mark",))
                        for h in subject_heads(c) for a in resolver.actors(h)
                    ]  # fmt: skip
                    own = {s.code[:3] for s in cand.sources}
                    found = [a for a in found if a.code[:3] not in own]
                targets.extend(found)
                # "talked to the rebels" is one-way; "talked with", a phone call, both ways
                one_way = one_way or (bool(found) and spec == "to")
        if "sym" in cand.entry.flags and root in FORCE_ROOTS and len(set(cand.sources)) > 1:
            # "gunmen and troops fought battles, with schoolchildren scampering nearby", "fought
            # with clubs and rocks": the coordinated subjects are the two sides; civilians
            # about, or weapons, are not a third
            targets = [t for t in targets if t.code[3:6] != "CVL"]
            target_heads = target_heads if targets else []
        cand.targets, cand.target_heads, cand.one_way = targets, target_heads, one_way

    def _subjects_of_state(
        self, head: Token, sources: list[ActorRef], resolver: Resolver
    ) -> list[ActorRef]:
        """Civilians no phrase places, acted on by one state's own police, courts or (in a
        sentence naming no place of another country) troops: its people ("Bolivian riot police
        raided the camp of indigenous marchers")."""
        homes = {s.code[:3] for s in sources if country_of(s.code)}
        if len(homes) != 1 or not all(s.code[3:6] in HOME_FORCES for s in sources):
            return []
        if any(s.code[3:6] == "MIL" for s in sources) and {
            r.code[:3] for t in head.sent
            if t.pos_ == "PROPN" and (r := self._place_country(t, resolver)) is not None
        } - homes:
            return []  # (troops abroad: "a U.S. soldier shot dead 16 villagers in Kandahar")
        people = [head, *prep_objects(head, {"of"})]
        if not any(resolver.bare_role(p) == "CVL" for p in people):
            return []
        start, end = head.idx, head.idx + len(head.text)
        return [ActorRef(homes.pop() + "CVL", head.text, start, end, True)]

    def _warned_targets(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Targets of a warning about what a clause says; ``False``: no event."""
        # "warned that the PLA would crush...": a warning about one's own side is no comment
        # on it, but may be a threat of what that side will do ("warned that Turkey could
        # sever ties with Israel" is 1313 on Israel)
        homes = {s.code[:3] for s in cand.sources if country_of(s.code)}
        cand.targets = [t for t in cand.targets if t.code[:3] not in homes]
        if cand.targets and any(self._consequences(c) for c in children(cand.verb, ("ccomp",))):
            # "warned that the kingdom would pay a high price", "that any advance would cross
            # a red line": a threat, not a gloomy comment
            cand.warned_code = "130"
        if not cand.targets:
            cand.warned_code, cand.target_heads, targets = self._warned_act(cand.verb, resolver)
            # "...that a US strike will kill militants": not a threat on one's own side
            cand.targets = [t for t in targets if t.code[:3] not in homes]
            if cand.warned_code is None or not cand.targets:
                return False
        return True

    @staticmethod
    def _consequences(clause: Token) -> bool:
        """Whether a clause foretells that someone will suffer for what they do: "would pay a
        high price", "will face consequences", "would not go unanswered"."""
        if modality(clause) not in UNREALIZED and not any(
            c.dep_ == "aux" and c.lower_ in MODALS | FUTURE for c in clause.children
        ):
            return False
        words = {t.lemma_.lower() for t in clause.subtree}
        return bool(words & CONSEQUENCES) or {"red", "line"} <= words or (
            "pay" in words and "price" in words
        )

    def _complement_targets(self, cand: _Candidate, resolver: Resolver) -> None:
        """Targets of what is threatened, promised or asked for, from the complement."""
        verb = cand.verb
        complement, heads, targets = self._complement_target(verb, cand.entry, resolver)
        if targets or not any(resolver.bare_role(h) for h in cand.target_heads):
            # (an addressee to place is kept: "urged rebels to lay down their arms")
            cand.complement, cand.target_heads, cand.targets = complement, heads, targets
        protest = next((x for x in children(verb, ("xcomp",)) if (m := self._match_verb(x))
                        and m[0].code[:2] == "14"), None)
        if not cand.targets and protest is not None:
            # "unions threatened to call a general strike": against their own state
            cand.complement, cand.target_heads = protest, [verb]
            cand.targets = home_countries(cand.sources, cand.verb)

    def _answered_party(self, cand: _Candidate, resolver: Resolver) -> None:
        """Whom hitting back answers: "French and German ministers hit back after Rumsfeld
        dismissed ..." (111, words answered in words); force only after force ("Israel struck
        back after Hamas fired rockets"); after anything else, no one ("Australia struck back
        after England won the first Test")."""
        homes = {primary(s.code) for s in cand.sources}
        answered = clauses_after(cand.verb) + [
            o for o in prep_objects(cand.verb, {"after", "following"})
            if self.lexicon.noun_entry(o) is not None
        ]  # fmt: skip
        cand.targets = [
            a for c in answered for h in (subject_heads(c) if c.pos_ == "VERB" else [c])
            for a in (resolver.actors(h) if c.pos_ == "VERB" else self._author(h, resolver))
            if primary(a.code) not in homes
        ]  # fmt: skip
        spoken = SPEECH_VERBS | CENSURING_VERBS | VERDICT_VERBS | VOICING | WORDS_SAID
        words = any(c.lemma_.lower() in spoken for c in answered) or any(
            c.tag_ == "VBG" and c.lemma_.lower() in spoken | ACCUSING
            for c in children(cand.verb, ("advcl", "xcomp"))
        )  # ("hit back after ..., accusing Israel of aggression": in words)
        violent = any(
            (m := self._match_verb(c)) is not None and m[0].code[:2] in VIOLENT_ROOTS
            for c in answered if c.pos_ == "VERB"
        ) or any(self._attack_noun(c) is not None for c in answered if c.pos_ != "VERB")
        if words:
            cand.entry = replace(cand.entry, code="111")
        elif not violent:
            cand.targets = []  # ("China hit back after the United States imposed quotas")

    @staticmethod
    def _called_party(cand: _Candidate, resolver: Resolver) -> None:
        """Whom what a call or visit was made to do is done to: "telephoned Schroeder to
        express regret" (not "to condemn the bombings": whoever did them)."""
        purpose_of = cand.verb.head if cand.verb.dep_ in ("xcomp", "advcl") else None
        if purpose_of is None or purpose_of.lemma_.lower() not in CONTACTING or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cand.verb.children
        ) or not all(
            cand.noun is not None and o.i == cand.noun.i for o in children(cand.verb, ("dobj",))
        ):
            return
        homes = {primary(s.code) for s in cand.sources}
        heads = children(purpose_of, ("dobj",))
        cand.targets = [
            a for h in heads for a in resolver.actors(h) if primary(a.code) not in homes
        ]  # fmt: skip
        cand.target_heads = heads if cand.targets else cand.target_heads

    def _threatened_party(self, cand: _Candidate, resolver: Resolver) -> None:
        """Whom a threat naming no one is aimed at: the one who answered it ("Panama recalled
        its ambassador after Cuba threatened to cut ties"), else, for armed men threatening
        violence, their own state ("ETA threatened to set off seven bombs")."""
        homes = {primary(s.code) for s in cand.sources}
        verb = cand.verb
        threatened = next(iter(children(verb, ("xcomp",))), None)
        match = self._match_verb(threatened) if threatened is not None else None
        if match is None:
            return
        if verb.dep_ == "advcl" and any(
            m.lower_ == "after" for m in children(verb, ("mark",))
        ) and not any(
            any(primary(a.code) not in homes for a in resolver.actors(h)) or resolver.bare_role(h)
            for h in logical_roles(threatened)[1] + [
                o for o in prep_objects(threatened, {"on", "against", "with", "to"})
                if o.ent_type_ not in ("GPE", "LOC", "FAC")  # (not "the base on Okinawa")
            ]
        ):
            # (an intent that names no one of its own: not "after the Palestinian Authority
            # promised to crack down on militants")
            cand.targets = [
                a for h in subject_heads(verb.head) for a in resolver.actors(h)
                if primary(a.code) not in homes
            ]  # fmt: skip
        if not cand.targets and match[0].code[:2] in VIOLENT_ROOTS and not any(
            resolver.actors(h) or resolver.bare_role(h) for h in logical_roles(threatened)[1]
        ):  # (not "to kill the soldier": whom it names)
            cand.targets = insurgents_home(cand.sources, verb)
        if cand.targets:
            cand.complement = threatened

    def _joint_intent(self, cand: _Candidate) -> None:
        """Coordinated sources that intend to act together are each other's targets."""
        cand.joint = not cand.targets and cand.root == "03" and len(set(cand.sources)) > 1 and any(
            (m := self._match_verb(x)) and "sym" in m[0].flags
            for x in children(cand.verb, ("xcomp",))
        )
        if cand.joint:
            # "India and Pakistan promised to work together": each promises the other
            cand.entry = replace(cand.entry, flags=cand.entry.flags | {"sym"})

    def _conditional_counterpart(self, cand: _Candidate, resolver: Resolver) -> None:
        """An intent offered on a condition is addressed to whom the condition names: "willing
        to resume six-way talks if Washington is ready to consider its demands"."""
        heads = [h for c in conditions(cand.verb) for h in subject_heads(c)]
        homes = {s.code[:3] for s in cand.sources}
        found = [a for a in self._targets_of(heads, resolver) if a.code[:3] not in homes]
        if found:
            cand.targets, cand.target_heads = found, heads

    def _protest_targets(self, cand: _Candidate, resolver: Resolver) -> None:
        """The targets of a protest with none named, from the demand it makes."""
        # "protesters rallied in Kyiv, demanding the resignation of Yanukovych": whom the
        # protest demands something of
        for clause in children(cand.verb, ("advcl", "xcomp", "conj")):
            if clause.dep_ == "conj" and children(clause, ("nsubj", "nsubjpass")):
                continue  # ("Cubans hurled stones, and Castro blamed Washington": another's act)
            asked = self._match_verb(clause)
            if asked is not None and asked[0].code[:2] in ("10", "11", "12", "02"):
                _, heads = logical_roles(clause)
                # "demanding that Beijing allow free elections": whom the demand addresses
                heads = heads or [s for c in children(clause, ("ccomp",)) for s in subject_heads(c)]
                heads = [h for h in heads if not self._done_to(h)]
                cand.targets = self._targets_of(heads, resolver)
                if cand.targets:
                    cand.target_heads = heads
                    break

    def _own_side_targets(self, cand: _Candidate, resolver: Resolver) -> None:
        """Demands, disarmament and ``self`` acts with no target named are aimed at the sources'
        own side."""
        verb, root, sources = cand.verb, cand.root, cand.sources
        protest_threat = cand.entry.code == "133"  # "unions threatened a general strike"
        # "Bangladesh's opposition demanded that the election be held under a caretaker
        # government": people's demands with no one named are made of their government;
        # "Sadr's militiamen began handing back their weapons": armed men disarm toward the
        # state they fought
        demanding = (root in ("10", "14") or protest_threat) and all(
            s.code[3:6] in CIVIC_ROLES - {"JUD"} for s in sources
        )
        disarming = cand.entry.code == "0873" and all(
            s.code[3:6] in ARMED_GROUP_ROLES for s in sources
        )
        if not cand.target_heads and not cand.targets and sources and (demanding or disarming):
            cand.targets = [
                replace(t, code=t.code + "GOV") for t in home_countries(sources, verb)
            ]
            cand.target_heads = [verb] if cand.targets else []
        if not cand.target_heads and root == "15":
            # "Greece put its navy on alert after Turkey sent a survey ship into disputed
            # waters": a show of force answers whoever provoked it
            cand.targets = self._provokers(verb, sources, resolver)
            cand.target_heads = [verb] if cand.targets else []
        if not cand.target_heads and "self" in cand.entry.flags and root == "17":
            # "fired tear gas to disperse the crowd": at whom its purpose names
            purposes = [
                c for c in children(verb, ("advcl", "xcomp"))
                if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (m := self._match_verb(c)) is not None and m[0].code[:2] == root
            ]  # fmt: skip
            heads = [
                h for c in purposes for o in children(c, ("dobj",))
                for h in prep_objects(o, {"by", "of"}) or [o]
            ]  # fmt: skip ("to break up a rally by opposition supporters": its people)
            cand.targets = [a for h in heads for a in self._target_actors(h, resolver)]
            cand.target_heads = heads if cand.targets else []
        if not cand.target_heads and "self" in cand.entry.flags:
            # "the Iraqi government declared a state of emergency": against its own country;
            # "Sri Lanka imposed a curfew", "Kazakhstan lifted the state of emergency": the state
            # coerces, or eases on, its people; "workers rallied": people protest against their
            # own government
            if root == "14" and any(s.code[3:6] in ("MIL", "COP") for s in sources):
                return  # "troops blocked roads around Nablus": no protest
            coerced = set()
            policing = cand.entry.code == "153"  # "deployed 90,000 police across the country"
            if (root in ("08", "17") or policing) and len({s.code[:3] for s in sources}) == 1:
                coerced = {s.code for s in sources}  # (not two states opening their border)
            protesting = root == "14" and all(s.code[3:] for s in sources)
            role = {"17": "CVL", "08": "CVL", "15": "CVL", "14": "GOV"}.get(root, "")
            cand.targets = [
                replace(t, code=t.code + role) if t.code in coerced or protesting else t
                for t in home_countries(sources, verb)
            ]
            if cand.entry.code == "170":  # "officers seized power": from their government
                cand.targets = [replace(t, code=t.code[:3] + "GOV") for t in cand.targets]
            cand.target_heads = [verb] if cand.targets else []

    def _provokers(
        self, verb: Token, sources: list[ActorRef], resolver: Resolver
    ) -> list[ActorRef]:
        """The states whose act, in a clause "after" or "as" the verb's, another state answers:
        "raised its alert after North Korean artillery shelled Yeonpyeong" (North Korea)."""
        homes = {s.code[:3] for s in sources}
        found: list[ActorRef] = []
        for clause in children(verb, ("advcl",)):
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if marks & {"after", "as", "when"}:
                for head in subject_heads(clause):
                    found += [
                        replace(a, code=a.code[:3]) for a in self._actors(head, resolver)
                        if country_of(a.code) and a.code[:3] not in homes
                    ]
        return list({a.code: a for a in found}.values())

    def _place_roles(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Actors for role phrases no one was found in; ``False`` when a target phrase still
        names no one we can place (no event)."""
        verb = cand.verb
        if (cand.target_heads and not cand.targets) or (cand.source_heads and not cand.sources):
            # "rebels attacked a police patrol in a remote area of Nigeria near the Cameroon
            # border": roles the sentence cannot place are of the country the clause happens in
            # (a place said once for coordinated verbs holds for each: "attacked a patrol and
            # took hostages in a remote area of Nigeria")
            shared = [verb, *children(verb, ("conj",))]
            if verb.dep_ == "conj" and not children(verb, ("nsubj", "nsubjpass")):
                shared.append(verb.head)  # (a clause with its own subject has its own place)
            here = [r for v in shared for r in self._location_country(v, resolver, objects=False)]
            here = here[:1]
            country = here[0].code[:3] if here else None
            cand.targets = cand.targets or placed_roles(country, cand.target_heads, resolver)
            cand.sources = cand.sources or placed_roles(country, cand.source_heads, resolver)
            crowd = cand.root == "14" and all(
                h.lemma_.lower() in ("thousand", "hundred") and not prep_objects(h, {"of"})
                for h in cand.source_heads
            )  # ("thousands rallied in Baku", "after thousands rallied to accuse Aliyev")
            homes = {primary(t.code) for t in cand.targets if len(primary(t.code)) == 3}
            crowd_home = country or (homes.pop() if len(homes) == 1 else None)
            if crowd and not cand.sources and crowd_home:
                cand.sources = [
                    ActorRef(crowd_home + "CVL", h.text, h.idx, h.idx + len(h.text))
                    for h in cand.source_heads
                ]  # fmt: skip
        if cand.target_heads and not cand.targets:
            cand.targets = self._domestic_counterparts(
                cand.entry.code, cand.sources, cand.target_heads, resolver
            )
            cand.targets = cand.targets or self._home_opposition(
                cand.sources, cand.target_heads, resolver
            )
        elif cand.targets and cand.entry.lemma == "dissolve":
            # "Serrano dissolved Congress and the Supreme Court": only one's own can be
            home = single_country(cand.sources)
            named = self._countries_named(
                (w for h in cand.target_heads for w in h.subtree if w.i != h.i), resolver
            )  # ("dissolved the Iraqi parliament" names whose it is)
            cand.targets = [
                replace(t, code=home + t.code[3:6])
                if home and country_of(t.code) and t.code[3:6] in ("LEG", "JUD")
                and t.code[:3] not in named else t
                for t in cand.targets
            ]
        elif cand.targets and cand.root in ("01", "02"):
            # "Powell told the Senate": a bare legislature or court one addresses is one's own
            cand.targets = (
                self._own_institutions(cand.sources, cand.target_heads, resolver) or cand.targets
            )
        home = single_country(cand.sources)
        if cand.root == "17" and home and all(s.code[3:6] in ("COP", "JUD") for s in cand.sources):
            # "a Vietnamese court jailed the blogger ..., and the United States called for her
            # release": police and courts hold their own people, not a country merely named
            cand.targets = [
                replace(t, code=home + t.code[3:])
                if t.ambiguous and t.code[:3] != home and t.code[3:6] in CIVIC_ROLES else t
                for t in cand.targets
            ]  # fmt: skip
        # the verb has a target, but not one we can place: no event
        return not (cand.target_heads and not cand.targets)

    def _verb_sources(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Sources for a verb whose subject names no one; ``False``: no event."""
        entry, noun = cand.entry, cand.noun
        if cand.reason == "reported" and not self._speaker_s_own(cand, resolver):
            return False
        unnamed = all(
            h.i in resolver.index and resolver.index[h.i].kind == "agent" for h in cand.source_heads
        ) or (is_passive(cand.verb) and not cand.sources) or (
            bool(cand.source_heads) and not cand.sources and not children(cand.verb, ("dobj",))
            and all(h.lemma_.lower() in EXPLOSIVES for h in cand.source_heads)
        )  # ("two car bombs exploded": no one named either; but whom "a bomb hit their convoy"
        # hit is the convoy's people, not a place)
        if cand.root in FORCE_ROOTS and unnamed:
            # "gunmen stormed a concert hall, ... in an attack claimed by Islamic State": the
            # claimers are the unnamed attackers
            claimers = self._claimers(cand.verb, resolver)
            if claimers:
                cand.sources, cand.claimed = claimers, True
        if "sym" in entry.flags and noun is not None and not cand.sources:
            cand.sources = [a for o in prep_objects(noun, {"between"}) for a in resolver.actors(o)]
        if not cand.sources and cand.root < "15":
            # "Arafat's speech offered talks to Israel", "Bush's letter warned Saddam": whose
            # words they are (a possessive's, not "the Vienna statement": a place's name)
            cand.sources = [
                a for h in cand.source_heads if h.lemma_.lower() in UTTERANCES
                for c in children(h, ("poss",)) + utterance_authors(h) if c.pos_ == "PROPN"
                or c.dep_ == "pobj" for a in resolver.actors(c)
                if (c.dep_ == "poss" or c.head.lower_ != "from"
                    or getattr(resolver.index.get(c.i), "kind", None) != "country")
                and (c.dep_ == "poss" or a.code[3:6] != "MED")  # (not "posted by Al Jazeera")
            ]  # fmt: skip
        if entry.code == "0831" and cand.sources and all(
            s.code[3:6] in ("BUS", "MED") for s in cand.sources
        ):
            return False  # "Volkswagen's chief executive resigned": no political office left
        if entry.code[:2] in ("18", "19", "20") and not entry.flag_value("cop") and (
            cand.sources and all(s.code[3:6] == "JUD" for s in cand.sources)
        ):
            return False  # "prosecutors pursued Batasuna in the courts": courts use no force
        if entry.code == "170" and not all(
            s.code[3:6] in ARMED_GROUP_ROLES | {"MIL", "COP"} for s in cand.sources
        ):
            return False  # "parliament ousted the prime minister", "the opposition took power
            # after winning elections": a vote, no coup
        military = bool(cand.sources) and all(s.code.endswith("MIL") for s in cand.sources)
        fighters = "milonly" in entry.flags and entry.code == "192" and bool(cand.sources) and all(
            s.code[3:6] in ARMED_GROUP_ROLES or s.code.startswith("IMG") for s in cand.sources
        ) and self._towns_entered(cand, resolver)
        # ("Taliban fighters entered Kabul": rebels taking a town take it from the state)
        if "milonly" in entry.flags and not (military or fighters):
            return False
        if ("milonly" in entry.flags and not fighters) or entry.code == "161":
            # "Iraqi troops entered Baghdad": moving on one's own ground is no occupation;
            # "Bolivia expelled the ambassador": not its own
            homes = {s.code[:3] for s in cand.sources}
            cand.targets = [
                t for t in cand.targets if t.code[:3] not in homes
                or (entry.code != "161" and t.code[3:6] in ARMED_GROUP_ROLES)
            ]  # fmt: skip ("Iraqi forces hunted insurgents": armed foes at home are fought)
        if "armedonly" in entry.flags:
            # "troops searched for insurgents" fights them; "searched for survivors" does not
            cand.targets = [
                t for t in cand.targets
                if t.code[3:6] in ARMED_GROUP_ROLES or t.code.startswith("IMG")
            ]  # fmt: skip
        if "recv" in entry.flags and entry.code == "192":
            # "Kisangani fell to the rebels", "the town of Kunduz fell": the place's state (a
            # capital's too: "Baghdad fell" is Iraq's); only a town taken by armed men (not
            # "Brazil fell to Argentina 2-1", "Florida fell to Bush")
            takers = cand.targets and all(
                t.code[3:6] in ARMED_GROUP_ROLES | {"MIL"} or t.code.startswith("IMG")
                for t in cand.targets
            )
            if not takers or names_a_country(cand.source_heads, resolver):
                return False
            cand.sources = self._places_named(cand.source_heads, resolver, True) or cand.sources
        if not cand.sources and cand.targets:
            cand.sources = self._domestic_sources(
                entry.code, cand.source_heads, cand.targets, resolver
            )
        # "four soldiers charged with abuse" (but "a man convicted of murder" says who he is;
        # "prisoners, among them officers jailed over the coup attempt, were freed": whom a
        # release frees were held before)
        reduced = cand.verb.dep_ == "acl" and cand.verb.tag_ == "VBN" and entry.code == "173" and (
            not held_before_release(cand.verb)
        )
        if (not cand.sources and not cand.source_heads and (is_passive(cand.verb) or reduced)
                and (entry.code in STATE_ACTS or entry.lemma == "acquit")):
            # "Terreblanche was detained", "a soldier was charged with murder": only a state's
            # police or courts do that, where the verb says ("arrested in Cairo", "expelled from
            # Russia"; not "the murder of a civilian in Iraq") or in the accused's own country
            preps = {"from"} if entry.code == "063" else {"in", "at", "from"}
            here = prep_objects(cand.verb, preps)
            home = self._places_named(here, resolver)[:1]
            # ("an Israeli soldier was captured": by the other side, not his own state's police)
            seized_force = entry.lemma == "capture" and any(
                t.code[3:6] in ("MIL", "GOV") for t in cand.targets
            )
            if entry.code != "063" and not seized_force:
                # (one is extradited from a country, never to it)
                home = home or self._verdict_court(cand, resolver) or [
                    t for t in cand.targets if country_of(t.code)
                ][:1]
            # ("charged with negligence", "indicted": prosecutors and courts, not the police)
            court = cand.verb.lemma_.lower() in COURT_ACTS
            state_role = "JUD" if court else STATE_ACTS[entry.code]
            cand.sources = [ActorRef(h.code[:3] + state_role, h.text, h.start_char,
                                     h.end_char, True) for h in home]
        killed_captive = entry.lemma in KILLING | {"behead", "execute"} and any(
            h.lemma_.lower() in CAPTIVES
            or any(c.lower_ in SEIZED_PARTICIPLES for c in h.children)
            for h in cand.target_heads
        )  # ("an American hostage was beheaded in Iraq": by those who held him)
        if (not cand.sources and not cand.source_heads and (entry.code == "181" or killed_captive)
                and (is_passive(cand.verb) or (
                    cand.verb.dep_ == "acl" and not children(cand.verb, ("dobj",))
                )) and cand.targets):
            # "two Americans were abducted from their home in Baghdad": foreigners taken are
            # held by the insurgents of the place, as hostages held there are (not "a man was
            # kidnapped in Texas": a crime)
            here = self._location_country(cand.verb, resolver, objects=False)[:1]
            if here and all(t.code[:3] != here[0].code[:3] for t in cand.targets):
                cand.sources = [
                    ActorRef(h.code[:3] + "INS", h.text, h.start_char, h.end_char, True)
                    for h in here
                ]  # fmt: skip
        return True

    @staticmethod
    def _countries_named(tokens: Iterable[Token], resolver: Resolver) -> set[str]:
        """The countries these words name by name, adjective or capital."""
        return {
            resolver.index[t.i].entries[0].key[:3] for t in tokens
            if t.i in resolver.index
            and resolver.index[t.i].kind in ("country", "adjective", "capital")
        }  # fmt: skip

    def _state_at_home(
        self, anchor: Token, code: str, targets: list[ActorRef], resolver: Resolver,
        court: bool = False,
    ) -> list[ActorRef]:
        """The state whose police or courts did an act no one is named doing: where the
        words put it ("the trial of Saddam Hussein in Baghdad"), else the one accused's own
        country ("the arrest of an Egyptian opposition leader")."""
        places = [p for p in prep_objects(anchor, {"in", "at"}) if named_place(p)]
        here = [
            r for p in places if (r := self._place_country(p, resolver) or self._base_country(p))
        ][:1]  # fmt: skip ("detention at Guantanamo Bay": the base's state)
        if places and not here:
            return []  # ("went on trial in The Hague": a court the words do not place)
        # (one is expelled or deported from elsewhere, never by one's own state)
        home = here or [t for t in targets if country_of(t.code) and code != "174"][:1]
        court = court or anchor.lemma_.lower() in COURT_ACTS | COURT_NOUNS
        role = "JUD" if court else STATE_ACTS[code]
        return [ActorRef(h.code[:3] + role, h.text, h.start_char, h.end_char, True) for h in home]

    @staticmethod
    def _base_country(token: Token) -> ActorRef | None:
        """The state that holds a base on another's soil ("at Guantanamo Bay")."""
        phrase = token.doc[token.left_edge.i : token.i + 1]
        name = next((k for k in FOREIGN_BASES if k in phrase.text), None)
        if name is None:
            return None
        return ActorRef(FOREIGN_BASES[name], phrase.text, phrase.start_char, phrase.end_char)

    def _verdict_court(self, cand: _Candidate, resolver: Resolver) -> list[ActorRef]:
        """Where a verdict with no court named by the verb was given: a court the sentence
        names further on ("found guilty of spying by an Iranian court"), a country the
        sentence puts the accused in ("Americans held in Iran were sentenced"), else the
        dateline's ("KABUL - Three Americans were found guilty")."""
        verb = cand.verb
        if cand.entry.code != "116":
            return []
        guessed: list[ActorRef] = []
        for token in verb.subtree:
            if token.dep_ == "prep" and token.lower_ == "by":
                courts = [a for o in children(token, ("pobj",)) for a in resolver.actors(o)]
                if any(not c.ambiguous for c in courts):
                    return [c for c in courts if not c.ambiguous][:1]
                guessed = guessed or courts[:1]
        soldiers = {t.code[:3] for t in cand.targets if t.code[3:6] == "MIL"}
        if len(soldiers) == 1 and len(cand.targets) == 1:
            # "a US soldier in Iraq has been sentenced", "... by a military court": by his own
            # army's court martial
            return [ActorRef(soldiers.pop(), verb.text, verb.idx, verb.idx + len(verb.text))]
        if guessed:
            return guessed
        inside = [o for t in verb.sent if t.dep_ == "prep" and t.lower_ == "in"
                  for o in children(t, ("pobj",))]
        accused = {t.code[:3] for t in cand.targets}
        placed = [p for p in self._places_named(inside, resolver) if p.code[:3] not in accused]
        if placed:
            return placed[:1]
        dateline = verb.doc._.dateline
        return [ActorRef(dateline, verb.text, verb.idx, verb.idx + len(verb.text))] if (
            dateline
        ) else []

    def _speaker_s_own(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Whether what a speaker said would happen is the speaker's own act: "Iran said it
        would...", "Kishida pledged that Japan would give..." (not "analysts said Russia
        would...", which is a forecast)."""
        clause = cand.verb
        while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
            clause = clause.head
        speakers = [
            a for s in subject_heads(clause.head) for a in resolver.actors(s)
        ]  # fmt: skip
        homes = {s.code[:3] for s in speakers}
        return bool(cand.sources) and all(s.code[:3] in homes for s in cand.sources)

    def _claimers(self, verb: Token, resolver: Resolver) -> list[ActorRef]:
        """Who claimed the attack a sentence reports: "in an attack claimed by al-Shabaab"."""
        for token in verb.sent:
            if (token.lemma_ == "claim" and token.dep_ == "acl"
                    and token.head.lemma_.lower() in CLAIMED_ATTACKS):
                return [a for o in prep_objects(token, {"by"}) for a in resolver.actors(o)]
        return []

    @staticmethod
    def _own_plan(verb: Token) -> bool:
        """Whether a planned act is its speaker's own word: "Fox said he will meet Bush"."""
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and any(
            s.pos_ == "PRON" for s in children(verb, ("nsubj",))
        )

    @staticmethod
    def _protesting(head: Token) -> bool:
        """Whether a phrase names people protesting ("demonstrators", "workers striking for
        higher wages")."""
        return head.lemma_.lower() in PROTESTERS or any(
            c.lemma_.lower() in PROTESTING for c in children(head, ("acl", "relcl"))
        ) or any(
            c.lower_ == "striking" or (
                c.lemma_.lower() == "opposition" and head.lemma_.lower() in SUPPORTERS
            )
            for c in children(head, ("amod", "compound"))
        )  # ("striking miners", "opposition supporters"; not "opposition militiamen")

    def _not_a_visit(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Whether a visit verb reports a deployment or a transport rather than a visit."""
        entry, noun, sources = cand.entry, cand.noun, cand.sources
        carried = [o for o in children(cand.verb, ("dobj",)) if noun is None or o.i != noun.i]
        if entry.flag_value("mil") is not None and code_is_visit(entry):
            # "troops crossed into Gambia" is an incursion (the entry's 192), "Kim crossed into
            # South Korea" a visit; states and others crossing make neither ("Turkish tanks and
            # Syrian rebels, after crossing into Syria")
            troops = all(s.code[3:6] == "MIL" for s in sources)
            leaders = all(self._names_one_person(h, resolver) for h in cand.source_heads)
            return not troops and not (leaders and all(s.code[3:6] == "GOV" for s in sources))
        if code_is_visit(entry) and sources and all(
            s.code[3:6] in ("MIL", "COP", "REF") for s in sources
        ):
            # "Russian troops arrived in Belarus": a deployment, not a state visit; "migrants
            # arriving in Greece": people fleeing
            return True
        if code_is_visit(entry) and any(h.lemma_.lower() in CRAFT for h in cand.source_heads):
            return True  # "a British Airways plane flying from Berlin to London": a flight
        # "flew the migrants to Libya": carrying someone there is no visit, nor is being
        # carried ("Duterte was arrested and flown to The Hague")
        verb = cand.verb
        carried_off = is_passive(verb) or (
            verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)
        )
        return code_is_visit(entry) and (bool(carried) or carried_off)

    @staticmethod
    def _during_protests(verb: Token) -> bool:
        """Whether a clause is set in protests: "shot dead dozens of people in four days of
        protests", "killed three people during demonstrations", "stormed the protest camp"."""
        scenes = prep_objects(verb, {"in", "during", "at"})
        scenes += [o for s in scenes for o in prep_objects(s, {"of"})]
        if verb.dep_ == "relcl":
            scenes.append(verb.head)  # "riots in which security forces shot dead dozens"
        # "stormed the protest camp"
        scenes += [c for o in children(verb, ("dobj",)) for c in children(o, ("compound",))]
        clauses = children(verb, ("advcl",))
        for told in [c for c in clauses if c.tag_ == "VBG"]:
            # "fired on villagers, killing five people who had marched to demand ...",
            # "fired at youths, wounding one, as protesters smashed windows"
            if any(
                o.lemma_.lower() in PROTESTERS or any(
                    c.lemma_.lower() in PROTESTING and (c.lemma_.lower() != "march" or any(
                        t.lemma_.lower() in ("demand", "protest", "denounce") for t in c.subtree
                    )) for c in children(o, ("acl", "relcl"))
                ) for o in children(told, ("dobj",))
            ):  # (not "killing five people who had marched to Karbala for the festival")
                return True
            clauses += children(told, ("advcl",))
        for clause in clauses:
            # "killed dozens of people as protesters demanded that Kabila step down", "shot
            # dead about 50 people as they broke up protests"
            if any(m.lower_ in ("as", "while", "when") for m in children(clause, ("mark",))):
                scenes += children(clause, ("dobj",))
                if clause.lemma_.lower() in PROTESTING or any(
                    h.lemma_.lower() in PROTESTERS
                    for h in subject_heads(clause) + children(clause, ("nsubj",))
                ):  # (each of two subjects the parser gave it)
                    return True
        return any(s.lemma_.lower() in PROTEST_SCENES for s in scenes)

    def _titled_name(self, head: Token, resolver: Resolver) -> bool:
        """Whether a phrase is a name the KB does not know under a title that names one
        person: "Governor Salmaan Taseer", "Prime Minister Agathe Uwilingiyimana" (the
        parser's apposition)."""
        def office(title: Token) -> bool:
            # ("Governor Salmaan Taseer", "Burundi's first Hutu president, Melchior Ndadaye": a
            # title of office, not "teacher Ali Hussein" or "a soldier, John Smith")
            mention = resolver.index.get(title.i)
            return self._names_one_person(title, resolver) and (
                title.pos_ == "PROPN" or mention.entries[0].key in OFFICE_ROLES
            )

        if head.pos_ == "PROPN" and head.i not in resolver.index:
            return any(c.dep_ == "compound" and office(c) for c in head.children)
        return head.i in resolver.index and office(head) and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in resolver.index
            for c in head.children
        )

    def _definite_office(self, head: Token, resolver: Resolver) -> bool:
        """Whether a phrase names the one holder of an office: "the commander of
        Guinea-Bissau's armed forces", "Algeria's head of state" (not "a commander", "two
        officers")."""
        mention = resolver.index.get(head.i)
        if mention is None or mention.kind != "agent" or head.tag_ != "NN":
            return False
        if mention.entries[0].key not in OFFICE_ROLES | {"MIL", "COP"}:
            return False
        definite = any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in head.children
        )
        owned = any(c.dep_ == "poss" for c in head.children) or bool(prep_objects(head, {"of"}))
        named = any(
            t.pos_ == "PROPN" for o in children(head, ("poss",)) + prep_objects(head, {"of"})
            for t in o.subtree
        )  # fmt: skip
        armed = not named and any(
            a.code[3:6] in ARMED_GROUP_ROLES or a.code.startswith("IMG")
            for a in resolver.actors(head)
        )  # ("killed the commander of the rebel forces during fighting": a battle's toll; but
        # "Hezbollah's military commander" is a prominent man)
        return definite and owned and not armed and self._names_one_person(head, resolver)

    def _names_one_person(self, head: Token, resolver: Resolver) -> bool:
        """Whether a phrase names people one by one ("a commander", "two officers", "Arafat"),
        not a body or a state."""
        mention = resolver.index.get(head.i)
        if mention is None:
            return False
        if mention.kind == "person":
            return True
        return mention.kind == "agent" and "person" in self.kb.agent_flags.get(
            fold(head.lemma_), frozenset()
        ) | self.kb.agent_flags.get(fold(head.text), frozenset())

    def _refine_verb_entry(self, cand: _Candidate, resolver: Resolver) -> bool:
        """The entry by what its target is and what the subject names; ``False``: no event."""
        entry = cand.entry
        if entry.pattern == "take +hostage" and misread_participle(cand.verb):
            return False  # "aid workers taken hostage in Baghdad were freed": see ``_captivity``
        if entry.lemma in STRUGGLING and not entry.noun and not children(
            cand.verb, ("dobj",)
        ) and not prep_objects(cand.verb, {"against", "with"}) and any(
            a.dep_ == "aux" and a.lower_ == "to"
            for c in children(cand.verb, ("xcomp", "advcl")) for a in c.children
        ) and not self._sent_to_fight(cand.verb):
            return False  # "fought to keep Norway as a broker": a struggle, not combat (but
            # "fought to retake the town" is)
        if entry.noun == "signing" and cand.noun is not None and (
            any(t.lower_ in ("between", "by") for t in cand.noun.subtree)
            or any(s.code.startswith("IGO") for s in cand.sources)
        ):
            return False  # "witnessed the signing of the deal between Hamas and Fatah": theirs
        if entry.pattern == "hit back":
            means = prep_objects(cand.verb, {"with", "by"}) + [
                p for c in children(cand.verb, ("prep",)) if c.lower_ == "by"
                for p in children(c, ("pcomp",))
            ]  # fmt: skip
            if means and not any(
                self._attack_noun(m) or m.lower_ in MUNITIONS | WEAPONS
                for m in means
            ):
                return False  # "hit back with sanctions", "by expelling a diplomat": the means
            armed = any(
                r.code[3:6] in ("MIL", "REB", "INS", "SEP") for r in cand.sources + cand.targets
            ) or bool(means)  # ("hit back at Hamas with air strikes", "at Gaza militants")
            if not armed and not all(self._place_country(h, resolver) for h in cand.target_heads):
                # "hit back at a U.S. law", "at critics": words, not force
                cand.entry = replace(entry, code="111")
                return True
        if entry.pattern == "order":
            if {t.code[:3] for t in cand.targets} & {s.code[:3] for s in cand.sources} or not all(
                h.i in resolver.index and (resolver.index[h.i].kind != "agent" or any(
                    c.i in resolver.index and resolver.index[c.i] is not resolver.index[h.i]
                    for c in h.children))
                for h in cand.object_heads
            ):  # fmt: skip (not "ordered its coast guard to": "coast" is the agent's own word)
                # an order is a demand only to another state it names ("ordered China to close
                # its consulate"); one's own ministries and a court's own government carry it out
                return False
            closed = {
                o.lemma_.lower() for x in children(cand.verb, ("xcomp",))
                if x.lemma_.lower() in ("close", "shut") for o in children(x, ("dobj",))
            }  # fmt: skip
            if closed & {"embassy", "consulate", "mission"}:
                # "ordered Russia to close its consulate in San Francisco": ties cut back
                cand.entry = entry = replace(entry, code="161")
            elif "office" in closed:
                cand.entry = entry = replace(entry, code="166")  # "to close its office": out
        if entry.code[:2] == "05" and cand.sources and all(
            last_word(s.text) in WEAPONS
            and not any(w[:1].isupper() and w.lower() not in ("a", "an", "the")
                        for w in s.text.split())
            for s in cand.sources
        ):
            # "troops backed by helicopter gunships": arms, not allies (but "backed by Russian
            # warplanes" is Russia's support)
            return False
        if entry.code[:2] == "03" and cand.sources and all(
            s.code[3:6] in ("BUS", "MED") for s in cand.sources
        ) and any(
            x.lemma_.lower() in DEALS and self._match_verb(x) is None
            for x in children(cand.verb, ("xcomp",))
        ):
            return False  # "Dow Jones agreed to buy MarketWatch": a purchase, not politics
        homes = {s.code[:3] for s in cand.sources}
        if entry.code == "160" and cand.object_heads and all(
            self._names_one_person(h, resolver) for h in cand.object_heads
        ) and not any(
            t.i in resolver.index and resolver.index[t.i].kind in ("country", "adjective")
            and resolver.index[t.i].entries[0].key[:3] not in homes
            for h in cand.object_heads for t in phrase_tokens(h)
        ):  # ("suspended two Georgian diplomats": foreigners)
            return False  # "the army suspended a platoon commander": discipline, not relations
        person_code = entry.flag_value("person")
        if person_code and any(
            h.i in resolver.index or (h.lower_ in ("him", "her") and cand.targets)
            for h in cand.target_heads
        ):
            # "welcomed Zelensky", "welcomed him": an actor, not a decision, is welcomed
            entry = replace(entry, code=person_code)
        held_code = entry.flag_value("held")
        if held_code and any(
            (h.i in resolver.index and resolver.index[h.i].kind in ("person", "agent"))
            or h.ent_type_ == "PERSON" for h in children(cand.verb, ("dobj",))
        ) and not (cand.sources and all(
            s.code[3:6] in ARMED_GROUP_ROLES for s in cand.sources
        )):  # (one the KB does not know too: "handed over Colonel Theoneste Bagosora"; not
            # "the Taliban handed Sergeant Bergdahl over": captors free a captive)
            # "handed a senior Islamic State operative over to the United States": a person
            # handed over is judicial cooperation (063), not a return of property
            entry = replace(entry, code=held_code)
        if entry.lemma == "destroy" and cand.object_heads and all(
            h.lemma_.lower() in WEAPON_NOUNS | {"missile", "stockpile", "arsenal", "warhead"}
            or h.lower_ in MUNITIONS for h in cand.object_heads
        ) and [h.i for h in cand.target_heads] == [cand.verb.i]:
            return False  # "Iraqi troops began destroying missiles": disarming, not an attack
        people_code = entry.flag_value("people")
        heads = [c for h in cand.target_heads for c in coordinated(h)]
        heads += [
            o for h in heads if h.lemma_.lower() in QUANTITY_NOUNS or h.pos_ == "NUM"
            for o in prep_objects(h, {"of"})
        ]  # fmt: skip ("thousands of Afghans", "three of the men"; "the head of the Olympic
        # Committee and dozens of other people")
        of_people = any(
            resolver.index[h.i].kind in ("person", "agent")
            or (resolver.index[h.i].kind == "adjective" and h.pos_ in ("NOUN", "PROPN"))
            for h in heads if h.i in resolver.index
        ) or any(  # fmt: skip ("two Americans", "a Briton": demonyms naming people)
            h.lower_ in ("him", "her") for h in heads
        )  # ("two days after seizing her": a person; "them" may be ships)
        if people_code and of_people:
            entry = replace(entry, code=people_code)  # "seized a journalist": a kidnapping
        if "peopleonly" in entry.flags and not of_people:
            return False  # "questioned Pinochet" is an interrogation, "questioned the data" not
        if "placeonly" in entry.flags and not self._forces_leave_a_place(cand, resolver):
            return False
        if entry.pattern in ("explode", "go off") and not all(
            h.lemma_.lower() in EXPLOSIVES for h in cand.source_heads
        ):
            return False  # ("a Turkish military helicopter exploded": an accident, not a bomb)
        if entry.lemma == "regret" and not any(
            o.lemma_.lower() in ACT_NOUNS or (
                self.lexicon.noun_entry(o) is not None and o.lemma_.lower() not in LOSSES
            )
            for o in cand.object_heads
        ):
            return False  # "regretted the move" criticizes; "regretted the deaths" mourns
        aired = [
            o for o in prep_objects(cand.verb, {"in", "on", "during", "at"})
            if o.lemma_.lower() in WORDS_AIRED and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in o.children
            )
        ]  # ("during a speech by Abbas", "during Allawi's address": another's words, a date)
        if entry.lemma == "attack" and entry.code == "190" and (
            any(c.lower_ == "verbally" for c in cand.verb.children) or aired
        ) and not any(h.lemma_.lower() in FIGHTERS for h in cand.source_heads) and not (
            any(s.code[3:6] in ARMED_GROUP_ROLES | {"MIL", "COP"} for s in cand.sources)
            and not any(self._names_one_person(h, resolver) for h in cand.source_heads)
        ) and not any(o.lemma_.lower() in ATTACKED_SITES for o in cand.object_heads):
            # (an armed group or force attacks in deed; its named leader may speak)
            # "Assad attacked Israel in a speech", "Kerry attacked Bush during the debate",
            # "Nasrallah attacked the United States on television": in words (not "gunmen
            # attacked Karzai during a speech", "militants attacked journalists at a newspaper")
            entry = replace(entry, code="111")
        if entry.pattern == "restore +link" and (not any(
            c.lower_ in STATE_LINKS for n in cand.object_heads
            for c in children(n, ("amod", "compound"))
        ) or not any(s.code[3:6] in ("", "GOV") for s in cand.sources)):
            return False  # air, rail or diplomatic links a state restores (not telephone lines
            # Israel lets work again, nor an airline's flights)
        if "actoronly" in entry.flags and not any(
            self._actor_itself(h, resolver) for h in cand.object_heads or cand.target_heads
        ):  # ("tore into Obama", not "tore into a Palestinian jail")
            # "recognised Kosovo", "recognised the breakaway regions" (not "the one-China
            # policy")
            return False
        if "actorobj" in entry.flags and cand.object_heads and not any(
            h.lemma_.lower() not in THINGS_MET and (
                self._actor_itself(h, resolver) or h.lemma_.lower() in PEOPLE_MET
                or h.ent_type_ in ("PERSON", "ORG", "NORP")
            ) for h in cand.object_heads
        ):
            return False  # "met fierce resistance from the Taliban", "met the conditions set
            # by NATO", "met a hail of stones" (not "met Bush", "met the head of the IAEA")
        if cand.attack is not None and cand.attack[0].code != "190":
            # the kind of attack the subject names ("a drone strike killed...")
            entry = replace(entry, code=cand.attack[0].code)
        cand.entry = entry
        return True

    @staticmethod
    def _actor_itself(head: Token, resolver: Resolver) -> bool:
        """Whether a phrase's head names an actor itself ("Kosovo", "the delegation", "him"),
        not a thing an actor is only named in ("resistance from the Taliban")."""
        return head.i in resolver.index or head.pos_ == "PRON" or (
            head.lemma_.lower() in POLITIES
        )

    def _forces_leave_a_place(self, cand: _Candidate, resolver: Resolver) -> bool:
        """Whether troops leave a place for good: "the last Russian soldiers left Lithuania"
        (not a warship leaving port, a general leaving Moscow for Beijing, nor troops leaving
        their counterparts in charge)."""
        final = any(
            c.lower_ in ("last", "remaining", "final") for h in cand.source_heads
            for c in h.children
        )  # fmt: skip
        if prep_objects(cand.verb, {"for"}) and not final:
            return False  # a departure for somewhere else ("left Kuwait for Iraq"; but "the last
            # US troops left Iraq for Kuwait" withdrew)
        if any(
            h.lemma_.lower() in CRAFT or h.lemma_.lower().endswith("ship")
            or (h.i in resolver.index and resolver.index[h.i].kind == "person")
            for h in cand.source_heads
        ):  # fmt: skip
            return False
        def is_place(head: Token) -> bool:
            mention = resolver.index.get(head.i)
            if mention is not None:
                return mention.kind in ("country", "capital")
            return self._place_country(head, resolver, any_size=True) is not None

        wholes = [whole_of(h) for h in cand.target_heads]
        return bool(wholes) and all(is_place(w) for w in wholes)

    def _verb_code(self, cand: _Candidate, resolver: Resolver, consumed: set[int]) -> str | None:
        """The event's CAMEO code; ``None`` when the code leaves no target (no event)."""
        verb, entry, noun, root = cand.verb, cand.entry, cand.noun, cand.root
        sources, target_heads = cand.sources, cand.target_heads
        if cand.intent_code is not None and root != entry.code[:2]:
            # the entry was refined ("hand over" a person is 063): so is its intent or refusal
            kind = "12" if cand.reason in ("refused", "negated") else "03"
            if root in COOPERATIVE_ROOTS:
                cand.intent_code = code_about(kind, entry.code) or cand.intent_code
        code = cand.warned_code or cand.intent_code or self._refine(entry, verb, sources)
        if code == "030" and entry.lemma in ("vow", "pledge", "promise") and any(
            c.lemma_.lower() in REVENGE for c in children(verb, ("xcomp",))
        ):
            code = "130"  # "vowed to strangle the force", "vowed to avenge": a threat
        if code[:2] == "03" and entry.lemma == "agree" and any(
            signed_pact(o) and not any(made_before(t) for t in o.subtree)
            for o in prep_objects(verb, {"in"})
        ):
            # "agreed in a peace accord signed in Portugal to hold elections" (not "under the
            # deal signed in Istanbul in July": one made before)
            code = "057"
        if code == "172" and entry.lemma in ("ban", "impose") and cand.targets and sources and (
            not {t.code[:3] for t in cand.targets} & {s.code[:3] for s in sources}
        ) and not any(t.code[3:6] in ARMED_GROUP_ROLES | {"MED"} for t in cand.targets):
            # (banning the BBC or an armed group, "banned Lashkar-e-Taiba": 172)
            # "India bans Chinese apps", "imposed a travel ban on Mugabe": a ban on another
            # state's people or goods is a sanction (163); one's own, an administrative one
            code = "163"
        if code == "1712" and entry.flag_value("mil") and cand.targets and all(
            t.code[3:6] in ARMED_GROUP_ROLES | {"MIL"} for t in cand.targets
        ) and cand.target_heads and all(
            getattr(resolver.index.get(h.i), "kind", None) == "agent" or any(
                getattr(resolver.index.get(o.i), "kind", None) == "agent"
                for o in prep_objects(h, {"of"}) if h.lemma_.lower() in PORTIONS | QUANTITY_NOUNS
            ) for h in cand.target_heads
        ):  # (the force itself, "most of the Ivorian air force"; not "the homes of militants")
            code = entry.flag_value("mil")  # "France destroyed the Ivorian air force": an attack
        homes = {s.code[:3] for s in sources}
        if code == "139" and not cand.intent_code and any(
            c.lemma_.lower() in ("leave", "withdraw", "quit", "depart")
            and all(
                o.lemma_.lower() == "country"
                or getattr(self._place_country(o, resolver), "code", None) in homes
                for o in children(c, ("dobj",))
            )
            for c in children(verb, ("advcl", "xcomp"))
        ):
            # "gave French troops one month to leave the country", "gave the American
            # ambassador 72 hours to leave Caracas": expelled, envoys one by one (174); but
            # "gave Saddam 48 hours to leave Iraq" is an ultimatum
            envoys = all(self._names_one_person(h, resolver) for h in target_heads)
            code = "174" if envoys and target_heads else "166"
        shot_dead = entry.lemma == "shoot" and (
            any(c.lower_ == "dead" for c in verb.children)
            or (verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "dead")
            or any(c.dep_ == "conj" and c.lemma_.lower() in KILLING for c in verb.children)
        )  # ("was shot dead", "shot dead former Prime Minister Hariri", "shot and killed")
        if code in ("180", "190", "195") and (entry.lemma in KILLING or shot_dead) and any(
            (h.i in resolver.index and resolver.index[h.i].kind == "person")
            or self._titled_name(h, resolver) or self._definite_office(h, resolver)
            for h in target_heads
        ):
            code = "186"  # killing a named person is an assassination (CAMEO: a prominent one)
        if code == "190" and entry.lemma in KILLING | {"shoot", "wound", "injure"} and (
            sources and cand.targets
        ) and all(
            s.code[3:6] in ARMED_GROUP_ROLES | {"CVL"} or s.code.startswith("IMG")
            for s in sources
        ) and all(t.code[3:6] in NONCOMBATANT for t in cand.targets) and not any(
            last_word(s.text) in WEAPONS | PROJECTILES
            for s in sources
        ):  # (not "a Houthi drone killed one man": an air strike)
            # "gunmen killed 26 people", "the Taliban killed eight Iranian diplomats": armed
            # groups' (and criminals': "pirates shot dead four Americans") killing of civilians
            # and officials
            code = "180"
        police_fire = all(s.code[3:6] == "COP" for s in sources) and (
            entry.lemma in KILLING | {"shoot", "wound", "injure"}
        ) and not any(t.lemma_.lower() in SHOOTOUTS for t in verb.sent) and not any(
            h.lemma_.lower() in ASSAILANTS or any(
                self._is_attack(c) or c.lemma_.lower() in KILLING | {"stab"}
                for c in children(h, ("relcl", "acl"))
            )
            for h in target_heads
        )  # ("police shot dead 18 people during protests"; not "shot dead a man who stabbed two
        # officers", "three suspects in a shootout")
        if code in ("180", "182", "190", "193") and sources and cand.targets and all(
            s.code[3:6] in ("COP", "MIL") for s in sources
        ) and all(t.code[3:6] in ("CVL", "OPP") for t in cand.targets) and (
            riot_gear(verb) or police_fire or (
                {s.code[:3] for s in sources} == {t.code[:3] for t in cand.targets}
                and (self._during_protests(verb) or all(
                    self._protesting(counted(h, resolver.index)) for h in cand.target_heads
                    if h.ent_type_ not in ("DATE", "TIME") and (
                        h.i in resolver.index or resolver.bare_role(h)
                    )  # (the people fired on, not "at Tahrir Square")
                ))  # fmt: skip ("dozens of marchers")
            )
        ):
            # "police fired tear gas and plastic bullets at crowds", "troops opened fire on
            # pro-democracy protesters": repression
            code = "175"
        if code == "190" and entry.lemma in ("storm", "raid") and sources and all(
            s.code[3:6] in ("COP", "MIL") for s in sources
        ) and cand.targets and all(
            t.code[:3] in homes and t.code[3:6] in ("", "CVL", "OPP", "EDU", "REF")
            for t in cand.targets
        ) and (
            all(s.code[3:6] == "COP" for s in sources) or self._during_protests(verb)
        ) and not any(
            a.code[3:6] in ARMED_GROUP_ROLES or a.code.startswith("IMG")
            for t in verb.sent if t.i in resolver.index for a in resolver.actors(t)
        ):
            # "police stormed the campus", "security forces stormed the protest camp": a
            # state's own ground and people, put down (not troops storming a rebel-held town,
            # nor police storming a villa where a militant hides)
            code = "175"
        if code == "190" and (entry.lemma in KILLING or shot_dead) and sources and (
            cand.targets
        ) and all(s.code[3:6] in ("MIL", "COP", "SPY") for s in sources) and all(
            t.code[3:6] in ("CVL", "MED") for t in cand.targets
        ) and not any(
            t.lemma_.lower() in ONE_SIDED_NOT | PROTESTING | PROTESTERS
            and t.head.lemma_.lower() not in ("lodge", "file", "deliver")  # (an envoy's protest)
            for t in own_words(verb)
        ) and not any(
            h.lemma_.lower() in ASSAILANTS | {"terrorist", "fugitive"} or any(
                resisting(c) for c in children(h, ("relcl", "acl"))
                for c in [c, *children(c, ("xcomp",))]
            ) for h in target_heads
        ) and not any(
            resisting(c) for c in children(verb, ("advcl",))
            for c in [c, *children(c, ("xcomp",))]
        ):
            # "soldiers killed ten captured Rohingya men", "a border patrol shot dead a
            # fisherman": a state's forces killing civilians by hand (1823), not a battle, a
            # raid, a strike from afar, a protest put down, nor one who attacked or was sought
            # ("shot dead a Palestinian who tried to stab a soldier", "as he attacked")
            code = "1823"
        if entry.pattern in OUSTING and not (cand.targets and all(
            t.code[3:6] in ("GOV", "ELI", "JUD", "LEG") for t in cand.targets
        )):
            return None  # "removed the prime minister", not "removed families from their homes"
        if code == "160" and entry.pattern == "suspend" and cand.targets and all(
            country_of(t.code) and t.code[3:6] in ("LEG", "JUD", "MED", "BUS", "OPP")
            for t in cand.targets
        ) and all(h.dep_ == "dobj" and h.i in resolver.index for h in target_heads):
            # "suspended Sri Lanka's parliament", "Nigeria suspended Twitter": an institution or
            # firm at home or abroad is sanctioned, not relations with a state reduced
            code = "172"
        if code == "012" and entry.lemma == "warn" and any(
            t.lemma_.lower() in CONSEQUENCES or (
                t.lower_ == "unless" and t.dep_ == "mark"
                and any(s.i in resolver.index for s in subject_heads(t.head))
            )
            for c in children(verb, ("ccomp",)) for t in c.subtree
        ):
            # "warned that the speaker would pay a heavy price", "that the truce would end
            # unless Hamas freed the hostages": a threat (not "unless reforms continued")
            code = "130"
        if code == "050" and entry.lemma == "support" and sources and cand.targets and all(
            s.code[3:6] == "MIL" for s in sources
        ) and all(t.code[3:6] in ("MIL", "REB", "INS", "SEP") for t in cand.targets):
            code = "062"  # "US forces supported Iraqi troops in raids": military cooperation
        if code == "190" and entry.lemma in QUARREL and all(
            a.code[3:6] in POLITICAL_ROLES for a in sources + cand.targets
        ):
            code = "111"  # "Bush and Kerry clashed over the talks": a war of words
        if code == "174" and any(is_multitude(h) for h in cand.target_heads):
            code = "201"  # "drove 700,000 Rohingya out of Rakhine": a mass expulsion
            if all(s.ambiguous for s in sources) and {s.code[:3] for s in sources} & {
                t.code[:3] for t in cand.targets
            }:
                return None  # ("the government forced thousands of Haitians across the border":
                # a government only guessed from its victims)
        if (code.startswith("174") or code == "201") and entry.lemma in OUSTING_VERBS and (
            sources and all(s.code[3:6] == "MIL" for s in sources)
        ):
            # ("peacekeepers drove the junta out of Freetown", "troops drove the rebels out of
            # their strongholds": armed men or a government driven out by troops are fought,
            # not expelled)
            fought = [
                t for t in cand.targets if t.code[3:6] in ARMED_GROUP_ROLES | {"MIL", "GOV"}
            ]  # fmt: skip
            if fought and len(fought) == len(cand.targets):
                return "190"
            cand.targets = [t for t in cand.targets if t not in fought]
            if not cand.targets:
                return None
        if code.startswith("174") and cand.targets:
            # the expelled are foreigners: a country the text only guessed for them is wrong
            # ("India and Canada expelled each other's diplomats" names none: both ways)
            homes = {s.code[:3] for s in sources}
            cand.targets = [t for t in cand.targets if t.code[:3] not in homes]
            if not cand.targets:
                return None
        if code == "043":
            # hosting is of officials and delegations, not of tourists or refugees, nor of
            # one's own ("Egypt hosted a summit of Arab leaders": the leaders are not placed)
            homes = {s.code[:3] for s in sources}
            cand.targets = [
                t for t in cand.targets
                if t.code[3:6] not in ("CVL", "REF") and t.code[:3] not in homes
            ]  # fmt: skip
            if not cand.targets:
                return None
        if code == "160" and entry.lemma == "suspend" and not entry.noun and cand.targets and {
            s.code[:3] for s in sources
        } == {t.code[:3] for t in cand.targets} and country_of(cand.targets[0].code):
            # "Thailand's court suspended the prime minister": a sanction at home, not a cut in
            # relations
            code = "172"
        if code in ("020", "030", "100"):
            code = self._asked_for(verb, noun, code[:2]) or code
        elif code == "120":
            code = self._rejected(verb) or code
        elif code == "090":
            code = self._investigated(verb, noun) or code
        if code[:2] == "19" and entry.noun in ("missile", "rocket") and any(
            o.lemma_.lower() in WATERS for o in prep_objects(verb, {"into"})
        ):
            # "fired missiles into the sea north of Taiwan": a show of force, not a strike
            code = "150"
        if code == "171" and entry.lemma in SEIZING and sources and all(
            s.code[3:6] in ARMED_GROUP_ROLES | {"CVL"} or s.code.startswith("IMG") for s in sources
        ) and target_heads and all(
            any(t.lemma_.lower() in HIJACKED_CRAFT for t in whole_of(h).subtree)
            for h in target_heads
        ):
            code = "181"  # "pirates seized the Saudi supertanker": a hijacking
        if code == "171" and entry.lemma in SEIZING and any(
            s.code[3:6] in ("MIL", "REB", "INS", "SEP") for s in sources
        ) and target_heads and all(
            h.lemma_.lower() in PREMISES | {"side", "part", "half", "crossing", "checkpoint"}
            for h in target_heads
        ):
            # "militiamen seized police stations and government offices", "troops seized the
            # Syrian side of Mount Hermon": armed men taking ground occupy it
            code = "192"
        code = self._promised_code(cand, code)
        if code == "0871" and verb.lemma_.lower() in ("declare", "announce") and any(
            c.lower_ in ("over", "dead", "void") and c.dep_ in ("prt", "acomp", "advmod", "oprd")
            and not children(c, ("pobj",)) for c in verb.children
        ):  # (not "announced a truce over the weekend")
            # "the Polisario Front declared its 1991 ceasefire with Morocco over": an end to
            # it, by the one declaring (196)
            code = "196"
            cand.entry = replace(cand.entry, flags=cand.entry.flags - {"sym"})
        if code[:2] == "14":
            code = self._protest_demand(verb, code, consumed)
        if entry.noun == "street" and code == "141" and not (sources and all(
            last_word(s.text).rstrip("s") in PROTESTERS or s.code[3:6] == "OPP" for s in sources
        )):
            return None  # "took to the streets to celebrate": protesters, opponents or a demand
        if code[:2] == "10" and sources and all(
            last_word(s.text).rstrip("s") in PROTESTERS for s in sources
        ):
            # "protesters filled the square demanding his departure": a demonstration for it
            code = "141" + code[3] if code[:3] == "104" and len(code) == 4 else "141"
        home = single_country(sources)
        if code == "181" and home and cand.verb.lemma_.lower() in SEIZING and all(
            s.code[3:6] in ("MIL", "COP", "GOV", "JUD", "SPY") for s in sources
        ) and cand.targets and all(t.code[:3] == home for t in cand.targets):
            # "Honduran soldiers seized President Zelaya": a state's forces seizing their own
            # people detain them; abduction is what armed groups and criminals do
            code = "173"
        if code == "181" and entry.lemma == "hold" and not entry.noun and (not (sources and all(
            s.code[3:6] in ARMED_GROUP_ROLES or s.code.startswith("IMG") for s in sources
        )) or any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "up", "out")
            for c in verb.children
        ) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
        )):
            # "militants holding three UN workers" (not "the US holds prisoners", "held back
            # the soldiers", "women held by US forces", "the soldiers they had held")
            return None
        if code == "173" and cand.verb.lemma_.lower() in SEIZING | {"capture"} and target_heads:
            heads = {h.lemma_.lower() for h in target_heads}
            if heads & (PREMISES | {"station", "post", "base", "outpost", "checkpoint"}):
                code = "192"  # "militants captured a police station": ground taken
            elif heads & (CRAFT | HIJACKED_CRAFT | WARPLANES):
                code = "171"  # "insurgents captured a US drone": property seized
            elif sources and all(
                s.code[3:6] in ARMED_GROUP_ROLES or s.code.startswith("IMG") for s in sources
            ):
                code = "181"  # "Hezbollah guerrillas captured two soldiers": taken hostage
        return code

    def _promised_code(self, cand: _Candidate, code: str) -> str:
        """The code of a threat, appeal or promise by the act its complement names."""
        complement = cand.complement
        promised = self._match_verb(complement) if complement is not None else None
        if promised is None and code[:2] == "02":
            promised = self._called_attack(cand.verb)
            complement = promised[1] if promised is not None else None
        if promised is None and cand.joint:
            # "Bahrain and Qatar agreed to restore relations": what they agreed on together
            complement = next(iter(children(cand.verb, ("xcomp",))), None)
            promised = self._match_verb(complement) if complement is not None else None
            if promised is not None and promised[0].code not in TIES_MADE:
                complement, promised = None, None  # (only ties restored change the code)
        if promised is not None and "armedonly" in promised[0].flags and not (
            cand.targets and all(
                t.code[3:6] in ARMED_GROUP_ROLES or t.code.startswith("IMG") for t in cand.targets
            )
        ):
            promised = None  # "vowed to pursue the militants" (not "to pursue talks", "to
            # pursue Microsoft", "to eliminate Argentina from the Copa America")
        promise_threat = code_about("13", promised[0].code) if promised is not None else None
        if promised is not None and code[:2] == "03" and promised[0].code[:2] in (
            COOPERATIVE_ROOTS
        ) and any(c.dep_ == "neg" for c in complement.children):
            # "vowed never to recognise Israel", "pledged not to give up": a refusal
            code = code_about("12", promised[0].code) or "120"
        elif promise_threat is not None and (code[:2] == "13" or promise_threat[:3] == "138"):
            # "threatened to impose sanctions" (1312); vowing to attack is a threat of force
            code = promise_threat
            if code[:3] == "138" and any(t.lower_ in NUCLEAR for t in complement.subtree):
                code = "1385"  # "threatened to use nuclear weapons"
        elif promised is not None and code[:2] == "02" and self._court_asked(cand):
            # "a prosecutor asked a court to sentence Berlusconi": legal action against him
            # (not "Israel urged the court to try ...", an appeal)
            code = "173"
        elif promised is not None and code[:2] == "02" and self._third_party_addressed(cand.verb):
            # "urged Western countries to cut off trade with Russia", "called on the world to
            # support the Taliban government": rallying others against or for the target
            code = "113" if promised[0].code[:2] in CONFLICT_ROOTS else "053"
        elif promised is not None and code[:2] == "03" and promised[0].code[:2] in ("16", "17"):
            # "agreed to keep sanctions against Russia": decided; "vowed to outlaw the
            # opposition parties if it won": a threat
            decided = cand.verb.lemma_.lower() in ("agree", "decide")
            code = promised[0].code if decided else code_about("13", promised[0].code) or code
        elif promised is not None and code[:2] == "03" and promised[0].code in TIES_MADE and (
            cand.verb.lemma_.lower() == "agree" and promised[0].noun in ("relation", "tie")
            and modality(cand.verb) is None and not any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in cand.verb.children
            )  # (not "could agree to establish relations")
        ):
            # "Bahrain and Qatar agreed to restore diplomatic relations": the ties are restored
            # (or established) by the agreement itself, not only promised
            code = promised[0].code
        elif promised is not None and code[:2] == "03" and promised[0].code not in ("050", "060"):
            # "agreed to withdraw from Georgia": the intent is the promised act's (035); a
            # promise "to cooperate" stays the general 030
            code = code_about("03", promised[0].code) or code
        if code in ("030", "033") and any(
            is_money(o) for o in children(cand.verb, ("dobj",))
        ) and cand.verb.lemma_.lower() in ("pledge", "promise", "offer"):
            code = "0331"  # "pledged $1.5 billion to Lebanon": economic aid promised
        return code

    def _emit_verb(
        self, cand: _Candidate, code: str, dated: DatedResolver, when: dt.date | None
    ) -> list[Event]:
        """The verb's events, with the rule that coded them."""
        entry, reason, intent_code = cand.entry, cand.reason, cand.intent_code
        light_verb = entry.part_of_speech == "noun"
        words = f"{cand.verb.lemma_} +{entry.pattern}" if light_verb else entry.pattern
        kind = "rejection" if reason in ("refused", "negated") else "intent"
        rule = f"verb '{words}' -> {code}" + (f" ({reason}: {kind})" if intent_code else "")
        # An intent is its subject's own: "Sudan will meet the rebels" is Sudan's intent only,
        # but "Sudan and the rebels will meet" is both sides'.
        two_way = "sym" in entry.flags and not (cand.one_way and code != "041")
        two_way = two_way and not (intent_code and cand.targets) and cand.complement is None
        if entry.lemma == "declare" and any(h.dep_ == "pobj" for h in cand.target_heads):
            two_way = False  # "declared a truce with Israel" is one side's; "A and B declared"
        if code[:2] in ("18", "19") and not intent_code and entry.lemma in KILLING and all(
            h.tag_ in ("NNS", "NNPS") for h in cand.target_heads
        ) and cand.sources and cand.targets and all(
            a.code[3:6] in ARMED_GROUP_ROLES | {"MIL", "COP"} or a.code.startswith("IMG")
            for a in cand.sources + cand.targets
        ) and any(
            self._is_fight(o) for o in prep_objects(cand.verb, {"in", "after", "during"})
        ):
            # "troops killed eight guerrillas in a gun battle": both sides fought (not "killed
            # the rebel leader in a clash": one man)
            two_way = True
        sources, targets = cand.sources, cand.targets
        if "recv" in entry.flags:
            sources, targets = targets, sources  # "Ukraine received F-16s from Denmark"
        events = self._emit(
            code, entry, sources, targets, cand.verb, when, rule, two_way, dated=dated
        )
        if cand.claimed and events:
            claim = f"attack claimed -> 015 ({rule})"
            events += self._emit("015", entry, sources, targets, cand.verb, when, claim)
        if cand.charged and events:
            charge = f"words denied as a charge -> 112 ({rule})"
            events += self._emit("112", entry, targets, cand.charged, cand.verb, when, charge)
        return events

    def _protest_demand(self, verb: Token, code: str, consumed: set[int]) -> str:
        """A protest and the demand it makes are one event: "marched through Belgrade
        demanding the resignation of Vucic" is a demonstration for a change of leadership
        (1411, from the demand's 1041); the demand's clause is consumed."""
        for clause in children(verb, ("advcl", "xcomp", "conj")):
            match = self._match_verb(clause)
            if match is None or match[0].code[:2] != "10":
                continue
            consumed.add(clause.i)
            asked = match[0].code
            if asked == "100":
                asked = self._asked_for(clause, match[1], "10") or asked
            if asked[:3] == "104" and len(asked) == 4 and code[:3] in PROTEST_KINDS:
                return code[:3] + asked[3]
            return code
        return code

    def _code_verdict(self, verb: Token, resolver: Resolver, when: dt.date | None) -> list[Event]:
        """A speaker's verdict on another's act: "Chirac said the US-led war was illegal",
        "called the raid a crime", "described the vote as a farce" (``judgements.tsv``)."""
        lemma = verb.lemma_.lower()
        judged: list[tuple[list[Token], Token]] = []
        denied: set[int] = set()  # verdicts said not to hold ("was not free")
        if lemma in SPEECH_VERBS | FINDING_VERBS:
            for clause in children(verb, ("ccomp",)):
                if clause.lemma_ in ("commit", "perpetrate") and modality(clause) is None:
                    # "an inquiry found that Sudan's government had committed crimes against
                    # humanity": an accusation of the crime
                    judged += [
                        (subject_heads(clause), o) for o in children(clause, ("dobj",))
                        if not any(c.lower_ == "no" for c in o.children)
                    ]  # fmt: skip ("had committed no crimes")
                elif clause.lemma_ == "be" and modality(clause) is None:
                    for word in children(clause, ("acomp", "attr")):
                        judged.append((subject_heads(clause), word))
                elif clause.lemma_ == "be" and modality(clause) == "negated" and children(
                    clause, ("neg",)
                ):
                    # "said the election was not free and fair": praise withheld, a criticism
                    subjects = subject_heads(clause)
                    # (not "the outlook was not positive", "the talks were not constructive":
                    # a forecast, or both sides' own)
                    prospect = any(h.lemma_.lower() in PROSPECTS for h in subjects)
                    for word in [] if prospect else children(clause, ("acomp", "attr")):
                        if (word.lemma_.lower() in PRAISE_DENIED - {"positive"}) or any(
                            a.lemma_.lower() in PRAISE_DENIED for a in children(word, ("amod",))
                        ):
                            denied.add(word.i)
                            judged.append((subjects, word))
                elif clause.lemma_ in ("amount", "constitute") and modality(clause) is None:
                    # "said the violence in Darfur amounted to genocide"
                    for word in children(clause, ("dobj",)) + prep_objects(clause, {"to"}):
                        judged.append((subject_heads(clause), word))
                elif clause.lower_ in DISMAY and modality(clause) is None:
                    # "said it was disappointed by ...": the parser's passive of "disappoint"
                    judged.append((subject_heads(clause), clause))
                elif clause.lemma_ in HARMS and (
                    modality(clause) in ("future", "hypothetical", "reported")
                    or any(a.lower_ in ("has", "have") for a in children(clause, ("aux",)))
                ):
                    # "said the U.S. policy shift will destroy the peace process", "said the
                    # sanctions have destroyed the economy": a forecast or a verdict on the act or
                    # policy, not on a person ("said Kerry would hurt the economy"), a state of
                    # affairs or force ("said the shelling has damaged the hospital": a report)
                    judged += [
                        ([s], clause) for s in subject_heads(clause)
                        if s.pos_ == "NOUN" and s.i not in resolver.index and not self._forceful(s)
                        and s.lemma_.lower() not in SITUATIONS
                    ]  # fmt: skip
                elif clause.lemma_ in BREACHES and modality(clause) in (None, "reported"):
                    # "Annan said the raid violated the ceasefire": an act said to break an
                    # agreement or a law accuses its author (not a person: "said Kerry violated")
                    judged += [
                        ([s], clause) for s in subject_heads(clause)
                        if s.pos_ == "NOUN" and s.i not in resolver.index
                        and self.lexicon.noun_entry(s) is not None
                    ]  # fmt: skip
                elif clause.lemma_ == "fail" and modality(clause) is None:
                    # "Del Ponte said Serbia had failed to hand over the suspects"
                    judged.append((subject_heads(clause), clause))
                elif modality(clause) is None:
                    # "Putin said Georgia's foolish move caused the conflicts": the act judged
                    judged += [
                        ([s], a) for s in subject_heads(clause) for a in children(s, ("amod",))
                    ]  # fmt: skip
        elif lemma == "be" and verb.dep_ not in ("ccomp", "xcomp") and modality(verb) is None:
            # "Musharraf is optimistic about talks with India"
            judged = [(subject_heads(verb), w) for w in children(verb, ("acomp",))]
        elif lemma in VERDICT_VERBS and not (lemma == "dismiss" and any(
            o.lemma_.lower() in CHARGES for o in children(verb, ("dobj",))
        )) and not (lemma in STANDING_LISTS and (
            verb.dep_ == "relcl" or verb.tag_ in ("VBZ", "VBP")
        )):  # ("dismissed the charges as baseless" denies them: 016; "Hezbollah, which
            # Washington lists as a terrorist group": a standing listing, not news)
            words = [
                w for o in children(verb, ("oprd",)) for w in [o, *children(o, ("conj",))]
            ] + prep_objects(verb, {"as"}) + [
                a for p in children(verb, ("prep",)) if p.lower_ == "as"
                for a in children(p, ("amod", "acomp"))
            ]  # ("dismissed the convention as insulting": the parser's adjective under "as")
            if not words:
                # "called the decision politically motivated" (the parser may hang the verdict
                # on the object as a participle)
                words = [
                    a for o in children(verb, ("dobj",)) for a in children(o, ("acl", "dobj"))
                ]  # ("called Lee Myung-bak a traitor": the parser's object of the name)
            misread = [
                o for o in children(verb, ("dobj",)) if not words and self.lexicon.judgement(o)
                and any(
                    c.dep_ == "compound" and c.i in resolver.index and c.tag_ == "NNS"
                    for c in o.children
                )
            ]  # fmt: skip (people, not a headline's title-case words)
            if misread:
                # "branded the Maoist rebels terrorists": the parser may make the ones judged a
                # compound of the verdict
                judged += [
                    ([c for c in o.children if c.dep_ == "compound" and c.tag_ == "NNS"], o)
                    for o in misread
                ]  # fmt: skip
            elif not words and verb.dep_ == "relcl":
                # "a move London called a provocation": the relative clause's noun is judged
                # (the parser may make the verdict its object)
                judged += [([verb.head], w) for w in children(verb, ("dobj",))]
            elif not words:
                # "..., in a move Taipei called a political attack": the parser may make the
                # relative clause the sentence's main verb, with "in a move" its phrase
                moves = [
                    o for o in prep_objects(verb, {"in"})
                    if o.lemma_.lower() in ACT_NOUNS and o.i < verb.i
                    and all(s.i > o.i for s in subject_heads(verb))
                ]  # fmt: skip
                judged += [(moves, w) for w in children(verb, ("dobj",))] if moves else []
            objects = [o for o in children(verb, ("dobj",)) if o.lower_ not in WH_WORDS]
            if [o.lower_ for o in objects] == ["it"]:
                # "called it outrageous that the minister had likened Bush to Hitler": the
                # clause "it" stands for names whom the verdict is on
                objects = [
                    h for c in children(verb, ("ccomp",))
                    if any(m.lower_ == "that" for m in children(c, ("mark",)))
                    for h in subject_heads(c)
                ] or objects  # fmt: skip
            for word in words:
                # ("called Bush 'the devil'": the quote mark can make him the word's owner;
                # "called Ahmadinejad's speech unhelpful": the parser may make the object a
                # compound of the word; "a move that the OAS called a coup": the relative
                # clause's noun)
                judged.append((objects or children(word, ("poss", "compound")) or (
                    [verb.head] if verb.dep_ == "relcl" else []
                ), word))
        if not judged or modality(verb) is not None:
            return []
        for heads, word in judged:
            if word.lemma_.lower() in DISMAY or word.lower_ in DISMAY:
                return self._code_dismay(verb, word, resolver, when)
            committed = word.head.lemma_ in ("commit", "perpetrate")
            code = crime_code(word) if committed else war_crime(word)
            code = "111" if word.i in denied else code or self.lexicon.judgement(word) or (
                "111" if word.lemma_ in HARMS else "112" if word.lemma_ in BREACHES else None
            )
            if code is None:
                continue
            resolver = at_event_date(resolver, verb, when)
            sources = [a for h in subject_heads(verb) for a in self._actors(h, resolver)]
            if code in ("012", "013"):
                # a mood is the speaker's own; what it is about is the target
                homes = {s.code[:3] for s in sources}
                said = {t.i for h in heads for t in h.subtree}
                about = [t for t in word.head.subtree if t.i not in said and t.i != word.i]
                targets = [
                    a for h in about if h.i in resolver.index and h.head.i not in resolver.index
                    and not (h.dep_ == "pobj" and h.head.lower_ in ("in", "at", "near"))
                    for a in self._actors(h, resolver)
                    if a.code[:3] not in homes or a.code[3:] not in ("", "GOV")
                ]  # fmt: skip
            else:
                targets = [a for h in heads for a in self._author(h, resolver)]
            if word.lemma_ in HARMS:
                # ("the Pentagon said the U.S. offensive would destroy the insurgency": one's
                # own side's forecast is no criticism)
                homes = {s.code[:3] for s in sources}
                targets = [t for t in targets if t.code[:3] not in homes]
            if code in ("1122", "1124"):
                # (not "the treatment of prisoners amounted to torture": the victims)
                targets = [t for t in targets if t.code[3:6] not in ("CVL", "REF")]
            if code == "1124" and not targets:
                # "said the violence in Darfur amounted to genocide": the state where it is done
                targets = [a for h in heads for a in self._location_country(h, resolver)][:1]
            entry = LexEntry(code, word.lemma_, ("obj",), frozenset(), lemma)
            rule = f"verdict '{word.lemma_}' -> {code}"
            return self._emit(code, entry, sources, targets, verb, when, rule)
        return []

    def _forceful(self, noun: Token) -> bool:
        """Whether a noun names an act of force ("the shelling", "the incursion")."""
        entry = self.lexicon.noun_entry(noun)
        return noun.lemma_.lower() in ATTACK_WORDS or (
            entry is not None and entry.code[:2] in ("18", "19", "20")
        )

    def _code_dismay(
        self, verb: Token, word: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """A speaker who says they are dismayed at another's act criticizes its doer (111):
        "said it was appalled by the government's violence", "Washington said it was
        profoundly disappointed" (at the act told before)."""
        resolver = at_event_date(resolver, verb, when)
        sources = [a for h in subject_heads(verb) for a in self._actors(h, resolver)]
        causes = prep_objects(word, {"by", "at", "over", "with", "about"})
        targets = [a for h in causes for a in self._author(h, resolver)]
        if not causes:
            targets = self._reacted_to(verb, resolver, word)
        entry = LexEntry("111", word.lemma_, ("obj",), frozenset(), verb.lemma_)
        rule = f"dismay '{word.lemma_}' -> 111"
        return self._emit("111", entry, sources, targets, verb, when, rule)

    def _reacted_to(
        self, verb: Token, resolver: Resolver, word: Token | None = None
    ) -> list[ActorRef]:
        """Who did the act a reaction answers when the reaction names none: the act after
        "after" ("said it was appalled after a court jailed him"), in the clause before
        ("Assad visited the UAE, and Washington said it was disappointed") or, for a
        sentence's main verb, in the sentence before ("... Washington voiced dismay.")."""
        told = next(
            (c for h in (verb, word) if h is not None for c in children(h, ("advcl",))
             if any(m.lower_ in ("after", "when") for m in children(c, ("mark",)))), None
        )  # fmt: skip
        if told is not None and told.lemma_ != "be" and not is_passive(told):
            return [a for h in subject_heads(told) for a in resolver.actors(h)]
        told = told or clause_before(verb)
        if told is None or told.pos_ not in ("VERB", "AUX") or told.lemma_ == "be":
            return []
        if told.lemma_.lower() in SPEECH_VERBS:
            told = next(iter(children(told, ("ccomp",))), None)  # (what the speakers told)
            if told is None or told.lemma_ == "be":
                return []
        if is_passive(told) or self._match_verb(told) is None:
            return []
        return [a for h in subject_heads(told) for a in resolver.actors(h)]

    @staticmethod
    def _accusers(verb: Token, deniers: list[ActorRef], resolver: Resolver) -> list[ActorRef]:
        """Who accused the one who denies, when the denial names no one: "Hezbollah blamed
        Israel, which denied any role", "... accusing Sudan of backing the assault. Khartoum
        denied any role" (an accusation before it in this sentence or the one before, or one
        the denial says it followed)."""
        accused = {primary(d.code) for d in deniers}
        # ("denied that it had hacked Sony and proposed talks, a day after the FBI blamed
        # Pyongyang": the parser may hang what it answers on a coordinated verb)
        chain = [verb, *children(verb, ("conj",))] + [
            v for c in children(verb, ("ccomp", "xcomp")) for v in children(c, ("conj",))
        ]
        for told in [c for v in chain for c in clauses_after(v)]:
            if told.lemma_.lower() in ACCUSING | SPEECH_VERBS:
                # "Poland denied hosting CIA jails after Human Rights Watch said ...", "denied
                # the charge after Washington accused it"
                found = [a for h in subject_heads(told) for a in resolver.actors(h)]
                found = [a for a in found if primary(a.code) not in accused]
                if found:
                    return found
        told = charge_teller(verb)
        if told is not None:
            # "Amnesty said Israeli troops killed civilians, a charge Israel denied": whoever
            # made the charge the clause before tells (a state's own rebels may deny its
            # charge: whole codes differ)
            found = [a for h in subject_heads(told) for a in resolver.actors(h)]
            found = [a for a in found if a.code not in {d.code for d in deniers}]
            if found:
                return found
        denied = {
            o.i for c in children(verb, ("xcomp", "ccomp", "dobj"))
            for o in [c, *children(c, ("dobj",))]
        }  # fmt: skip
        for said in (t for t in verb.subtree if t.dep_ == "relcl" and t.i > verb.i):
            if said.head.i not in denied or any(a.tag_ == "WRB" for a in said.children):
                continue  # (only the charge or the act denied: not "in a letter that Annan said")
            if said.lemma_.lower() in ACCUSING | SPEECH_VERBS | {"allege", "suspect"}:
                # "denied running a uranium project that Washington says it has"
                found = [a for h in children(said, ("nsubj",)) for a in resolver.actors(h)]
                found = [a for a in found if primary(a.code) not in accused]
                if found:
                    return found
        for charge in (t for t in verb.subtree if t.lemma_.lower() in ACCUSATIONS):
            # "calling accusations from Kyiv baseless", "rejecting charges by Amnesty"
            found = [
                a for o in prep_objects(charge, {"from", "by"})
                for t in [o, *children(o, ("compound",))] for a in resolver.actors(t)
            ]  # fmt: skip ("accusations from Kyiv baseless": the parser's compound)
            found = [a for a in found if primary(a.code) not in accused]
            if found:
                return found
        sentences = [verb.sent] + ([verb.doc[verb.sent.start - 1].sent] if verb.sent.start else [])
        for sent in sentences:
            for token in reversed([t for t in sent if t.i < verb.i]):
                if token.lemma_.lower() not in ACCUSING | QUESTIONING or token.pos_ != "VERB":
                    continue  # ("Police questioned Olmert ... Olmert denied any wrongdoing")
                objects = [a for o in children(token, ("dobj",)) for a in resolver.actors(o)]
                if any(primary(a.code) in accused for a in objects):
                    return [a for h in subject_heads(token) for a in resolver.actors(h)]
        return []

    def _code_rebuttal(self, verb: Token, resolver: Resolver, when: dt.date | None) -> list[Event]:
        """A charge denied with its verdict put first: "Iran dismissed as baseless U.S. claims
        that...", "rejected as false on Thursday accusations by Poland" (016). The parser loses
        the object put after the verdict; the charge is found by its word."""
        if verb.lemma_.lower() not in REBUTTING or modality(verb) is not None:
            return []
        after = [t for t in verb.sent if t.i > verb.i][:14]
        if not after or after[0].lower_ != "as":
            return []
        charge = next((t for t in after[2:] if t.lemma_.lower() in CHARGES), None)
        if charge is None or any(t.lower_ in ("that", ",") for t in after if t.i < charge.i):
            return []
        resolver = at_event_date(resolver, verb, when)
        sources = [a for h in subject_heads(verb) for a in self._actors(h, resolver)]
        named = {resolver.index[t.i] for t in after if t.i < charge.i and t.i in resolver.index}
        heads = [verb.doc[m.start : m.end].root for m in named] + [
            o for p in ("by", "from") for o in prep_objects(charge, {p})
        ]  # ("U.S. claims", "an Amnesty International finding", "accusations by Poland")
        targets = [a for h in heads for a in self._actors(h, resolver)]
        entry = LexEntry("016", charge.lemma_, ("obj",), frozenset(), verb.lemma_)
        rule = f"rebuttal '{verb.lemma_} as ... {charge.lemma_}' -> 016"
        return self._emit("016", entry, sources, targets, verb, when, rule)

    def _charge_called_untrue(
        self, verb: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """A charge called false is denied: "Hashemi called the charges fabricated", "Russian
        officials called the charge hysterical" (016, toward whoever made it: its author, or
        who accused the speaker before)."""
        # ("accused Pakistan ..., a charge Islamabad called baseless": the parser may hang the
        # verdict on the charge as a clause, which reads as the charge's content)
        named_charge = verb.dep_ in ("relcl", "acl") and (
            verb.head.lemma_.lower() in ACCUSATIONS and not children(verb, ("mark",))
        )  # (not the charge's content: "U.S. charges that Iran called the offer a farce")
        if verb.lemma_.lower() not in NAMING_VERBS or modality(verb) not in (
            (None, "speculative") if named_charge else (None,)
        ):
            return []
        after = [t for t in verb.subtree if t.i > verb.i][:8]
        charge = next((
            t for t in after if t.lemma_.lower() in ACCUSATIONS and t.pos_ == "NOUN"
        ), None)  # fmt: skip (a report called a farce, a claim of victory a lie: no denial)
        if charge is None and named_charge:
            charge = verb.head
        if charge is None or not any(
            t.lemma_.lower() in UNTRUE or t.lower_ in UNTRUE for t in after if t.i > charge.i
        ):
            return []
        resolver = at_event_date(resolver, verb, when)
        sources = [a for h in subject_heads(verb) for a in self._actors(h, resolver)]
        targets = self._owners(charge, resolver) or [
            a for o in prep_objects(charge, {"by", "from"}) for a in resolver.actors(o)
        ] or self._accusers(verb, sources, resolver)
        entry = LexEntry("016", charge.lemma_, ("obj",), frozenset(), verb.lemma_)
        rule = f"'{verb.lemma_}' the {charge.lemma_} untrue -> 016"
        return self._emit("016", entry, sources, targets, verb, when, rule)

    def _author(self, head: Token, resolver: Resolver) -> list[ActorRef]:
        """Who did what a phrase names: "the murder of an aid worker by militants" is the
        militants', "the NATO bombing of Belgrade" NATO's; a phrase naming no act, its actors."""
        if self.lexicon.noun_entry(head) is None:
            found = self._target_actors(head, resolver)
            voted = head.lemma_.lower() != "vote" or any(
                t.lemma_.lower() in VOTING and t.pos_ == "VERB" and t.i < head.i
                for t in head.doc[max(head.sent.start - 60, 0) : head.i]
            )  # ("imposed sanctions on Belarus, and Minsk said the vote was a farce": no vote)
            if not found and voted and head.lemma_.lower() in ACT_NOUNS | {"vote"}:
                # "the Human Rights Council endorsed a report ..., and Israel said the vote would
                # harm efforts to revive peace talks": the act told before
                found = self._earlier_clause_doers(head, resolver)
            return found
        agents = [a for o in prep_objects(head, {"by"}) for a in resolver.actors(o)]
        # ("Russian troops shelled Odesa, and UNESCO called the attack a war crime": the attack
        # told before)
        return agents or self._owners(head, resolver, author=True) or (
            self._earlier_clause_doers(head, resolver)
        ) or self._done_in(head, resolver)

    @staticmethod
    def _done_in(head: Token, resolver: Resolver) -> list[ActorRef]:
        """Who did the act a clause was done in: "killed a Hamas chief in a strike the White
        House called heavy-handed" (the killers' strike; not "three Palestinians died in a
        raid", "protesters were killed in a crackdown": the victims)."""
        prep = head.head
        verb = prep.head
        if head.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or (
            is_passive(verb) or not children(verb, ("dobj",))
        ):
            return []
        return [a for h in subject_heads(verb) for a in resolver.actors(h)]

    def _in_dateline(self, idx: int) -> bool:
        """Whether a character offset is inside the text's dateline."""
        return self._dateline[0] <= idx < self._dateline[1]

    def _past_dateline(self, heads: list[Token]) -> list[Token]:
        """Heads after the dateline; a dateline the parser made the head keeps the phrase it
        hung on it: "JAKARTA, Indonesia - Suspected militants detonated..." (militants as an
        apposition of JAKARTA)."""
        kept = []
        for head in heads:
            if not self._in_dateline(head.idx):
                kept.append(head)
                continue
            kept.extend(
                t for t in head.subtree
                if t.dep_ == "appos" and not self._in_dateline(t.idx)
                and self._in_dateline(t.head.idx)
            )  # fmt: skip
        return kept

    def _conditioned(
        self, verb: Token, resolver: Resolver
    ) -> tuple[Token | None, list[Token], list[ActorRef]] | None:
        """(complement, heads, targets) of whom a threat's condition names: "threatened to use
        nuclear weapons if attacked by South Korea", "... unless Mexico stopped the flow of
        migrants"; ``None`` when it names no one."""
        complement = next(iter(children(verb, ("xcomp",))), None)
        clauses = [c for v in (verb, complement) if v is not None for c in conditions(v)]
        for clause in clauses:
            passive = is_passive(clause) or clause.tag_ == "VBN"  # "if attacked by Seoul"
            heads = prep_objects(clause, {"by"}) if passive else subject_heads(clause)
            found = self._targets_of(heads, resolver)
            if found:
                return complement, heads, found
        return None

    def _addressed_in(self, clause: Token, own: set[str], resolver: Resolver) -> bool:
        """Whether a clause names an actor, not of the speaker's own country, as its object or
        after "with", "against", "on", "to", "at", "into" or "in": "to cut military aid to
        Colombia", "to aim its missiles at Poland", "to strike Israeli nuclear facilities"."""
        for o in clause.subtree:
            if clause.i not in (o.head.i, o.head.head.i, o.head.head.head.i):
                continue
            named = (o.dep_ in ("dobj", "dative") and o.lower_ not in ("him", "her")) or (
                o.dep_ == "pobj"
                and o.head.lower_ in ("with", "against", "on", "to", "at", "into", "in")
            )
            if named and o.pos_ == "PRON" and o.lower_ not in ("him", "her"):
                return True
            goods = o.lemma_.lower() in FLOWS  # ("to cut Russian gas transit": Russia's)
            found = self._target_actors(o, resolver) if named and not goods else []
            if o.dep_ == "pobj" and o.head.lower_ in ("at", "in", "into"):
                # ("to file a complaint at the World Trade Organization": a venue, not a foe)
                found = [a for a in found if not a.code.startswith("IGO")]
            if found and not {a.code[:3] for a in found} <= own:
                return True
        return False

    def _complement_target(
        self, verb: Token, entry: LexEntry, resolver: Resolver
    ) -> tuple[Token | None, list[Token], list[ActorRef]]:
        """(complement, target heads, targets) of what is threatened, promised or asked for
        when the verb itself names no target: "threatened to attack Israel", "vowed to
        retaliate against Israel", "threatened to launch an attack on Seoul", "demanded that
        the United States lift its sanctions"."""
        infinitives = children(verb, ("xcomp",)) + [
            c for c in children(verb, ("advcl",))
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]  # ("threatened on Monday to cut off": the parser's advcl)
        # ("cut off U.S. funding for the WHO", "not to cross Ankara's red lines": the speaker's
        # own country owns the thing, it does not suffer it; "arrest Turkish journalists" does
        # target its own people; armed men threaten their own state: "ETA threatened to attack
        # Spain")
        own = {
            a.code[:3] for h in subject_heads(verb) for a in resolver.actors(h)
            if a.code[3:6] not in ARMED_GROUP_ROLES
        }  # fmt: skip
        handed = any(x.lemma_.lower() in ("hand", "turn", "transfer") for x in infinitives)
        if entry.code[:2] == "13" and (found := self._conditioned(verb, resolver)) is not None and (
            handed or not any(self._addressed_in(x, own, resolver) for x in infinitives)
        ):
            # "threatened to turn her over to Zarqawi's group if the British government refuses",
            # "to pull its peacekeepers out of Darfur if the United Nations publishes a report":
            # what the threat moves, and where, is no target; the condition names who is
            # threatened (but not "to freeze relations with the EU if Cyprus ...")
            return found
        for xcomp in infinitives:
            if xcomp.lemma_.lower() == "avenge":
                # "Israeli soldiers shot dead a commander, and the group vowed to avenge him":
                # against whoever did the violence told before
                heads, found = self._attackers_before(verb, resolver)
                if found:
                    return xcomp, heads, found
            if xcomp.lemma_.lower() in SENDING and prep_objects(xcomp, {"to"}):
                # "offered to send 1,100 Cuban doctors to the United States": sent to the US
                # (and "a delegation to Geneva" is sent to no one we can place)
                heads = prep_objects(xcomp, {"to"})
                found = self._targets_of(heads, resolver)
                if found:
                    return xcomp, heads, found
                continue
            objects = children(xcomp, ("dobj",)) or helped_ones(xcomp)
            heads = children(xcomp, ("dative",)) + objects  # "vowed to send Ukraine missiles"
            # ("offered to pull his troops out of Iran": one's own forces withdrawn are no target)
            withdrawn = (m := self._match_verb(xcomp)) is not None and m[0].code == "0874"
            found = [
                a for h in heads for a in self._target_actors(h, resolver)
                if a.code[:3] not in own or (
                    h.i in resolver.index and resolver.index[h.i].kind in ("agent", "person")
                    and not withdrawn
                )
            ]  # fmt: skip
            if not found and withdrawn:
                # "promised to withdraw its troops from Basra", "to bring American troops home
                # from Iraq": the place they leave
                left = prep_objects(xcomp, {"from", "of"}) + [
                    o for h in children(xcomp, ("advmod", "npadvmod", "prt", "oprd"))
                    if h.lower_ in ("home", "out") for o in prep_objects(h, {"from", "of"})
                ]  # fmt: skip
                found = [
                    r for h in left
                    if (r := self._place_country(h, resolver, any_size=True)) is not None
                    and r.code[:3] not in own
                ]  # fmt: skip
                if found:
                    return xcomp, left, found
            if not found:
                preps = {"with", "to", "on", "against", "from", "of", "between", "at"}
                heads = prep_objects(xcomp, preps) + [
                    o for n in objects + prep_objects(xcomp, {"in"})
                    for o in prep_objects(n, OBJECT_TARGET_PREPS)
                ]  # "offered to host talks between Armenia and Azerbaijan", "funding for the WHO",
                # "agreed to take part in talks with the government"
                found = self._targets_of(heads, resolver)
            if found:
                return xcomp, heads, found
        if entry.code[:2] == "13" and (found := self._conditioned(verb, resolver)) is not None:
            return found
        if entry.code[:2] == "13" and verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
            verb.head.dep_ == "ROOT" and verb.lemma_.lower() != "warn"
        ):  # (not "praised Greece's reforms, warning of the risks ahead": a forecast)
            # "demanded that Iran stop enriching uranium, threatening sanctions": the threat is
            # made against whom the main verb addresses
            heads = children(verb.head, ("dobj", "dative")) or [
                s for c in children(verb.head, ("ccomp",)) for s in subject_heads(c)
            ]
            found = self._targets_of(heads, resolver)
            if found:
                return None, heads, found
        if entry.code[:2] in ("02", "10"):
            # "demanded an immediate ceasefire between Israel and Hamas"
            asked = children(verb, ("dobj",)) + prep_objects(verb, {"for"})
            for act in [a for a in asked if self.lexicon.noun_entry(a) is not None]:
                preps = {"between", "with", "of", "on", "against", "from", "to"}
                if self.lexicon.noun_entry(act).code.startswith("084"):
                    preps.discard("of")  # "the release of all hostages": not whom it is asked of
                heads = [h for h in prep_objects(act, preps) if self.lexicon.noun_entry(h) is None]
                found = self._targets_of(heads, resolver)
                # "humanitarian access to the city of Aleppo"
                found = found or self._places_named(heads, resolver, with_of=True)[:1]
                if not found and not heads and self.lexicon.noun_entry(act).code[:2] not in (
                    ASKING_ROOTS | {"03"}
                ):  # (not "delivered the North Korean leader's invitation": its author's)
                    heads = [act]  # "demanding a Syrian withdrawal": asked of whose act it is
                    found = self._owners(act, resolver)
                if found:
                    return None, heads, found
            for clause in children(verb, ("ccomp",)):
                heads = subject_heads(clause)
                misread = not heads  # ("that Sudan halt attacks": no clause to code the act of)
                heads = heads or self._subjunctive_subject(clause, resolver)
                found = self._targets_of(heads, resolver)
                if found:
                    return (None if misread else clause), heads, found
        return None, [], []

    def _attackers_before(
        self, verb: Token, resolver: Resolver
    ) -> tuple[list[Token], list[ActorRef]]:
        """(heads, actors) of who did the violence told last before a verb, in its sentence
        or the one before; none of the verb's own side."""
        own = {a.code for h in subject_heads(verb) for a in resolver.actors(h)}
        for attack in reversed(verbs_told_before(verb)):
            match = self._match_verb(attack)
            if match is None or match[0].code[:2] not in VIOLENT_ROOTS:
                continue
            heads = prep_objects(attack, {"by"}) if is_passive(attack) else subject_heads(attack)
            found = [a for h in heads for a in self._actors(h, resolver) if a.code not in own]
            return heads, found
        return [], []

    def _subjunctive_subject(self, clause: Token, resolver: Resolver) -> list[Token]:
        """The subject of a "that" clause whose bare verb the parser took for a noun:
        "demanded that Sudan halt hostilities" (parsed as one noun phrase, "Sudan halt
        hostilities")."""
        if clause.pos_ != "NOUN" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            return []
        doc = clause.doc
        for token in clause.subtree:
            mention = resolver.index.get(token.i)
            if mention is None or mention.end >= len(doc):
                continue
            after = doc[mention.end]
            if after.tag_ in ("NN", "VB") and after.lower_ in self.lexicon.verbs:
                return [doc[mention.start : mention.end].root]
            return []
        return []

    @staticmethod
    def _court_asked(cand: _Candidate) -> bool:
        """Whether prosecutors ask a court to take a legal step against someone ("asked a court
        to sentence Berlusconi"; not "Israel urged the court to try ...", an appeal)."""
        return any(
            x.lemma_.lower() in COURT_ACTS - FREEING for x in children(cand.verb, ("xcomp",))
        ) and any(
            o.lemma_.lower() in COURTS for o in children(cand.verb, ("dobj",))
        ) and bool(cand.sources) and all(s.code[3:6] == "JUD" for s in cand.sources)

    @staticmethod
    def _third_party_addressed(verb: Token) -> bool:
        """Whether an appeal names an addressee at all ("urged Western countries to...",
        "called on the international community to..."): asked only when its target came from
        the complement, so that addressee is not one we could place."""
        return bool(children(verb, ("dobj",)) + prep_objects(verb, {"on", "upon"}))

    def _called_attack(self, verb: Token) -> tuple[LexEntry, Token] | None:
        """(entry, noun) of attacks an appeal calls for with no one named to carry them out:
        "called for attacks on U.S. interests", "the killing of the cartoonists" (a threat);
        not "called for NATO air strikes" nor "asked Washington for air strikes" (asked of
        someone), "asked for forgiveness for the killings" nor "for an end to the attacks"."""
        asked = children(verb, ("dobj",)) + prep_objects(verb, {"for"})
        if len(asked) != 1 or prep_objects(verb, {"on", "upon", "from", "of"}):
            return None
        noun = asked[0]
        entry = self._attack_noun(noun)
        if entry is None or "sym" in entry.flags or noun.lemma_.lower() not in CALLED_VIOLENCE:
            return None  # (not "called for air strikes", "an offensive": military action asked)
        named = any(
            c.dep_ in ("poss", "compound", "amod", "nmod")
            and (c.tag_ in ("NNP", "NNPS") or c.ent_type_ in ("NORP", "GPE", "ORG"))
            for c in noun.children
        ) or any(p.lower_ == "by" for p in children(noun, ("prep",)))
        return None if named else (entry, noun)

    def _attack_noun(self, token: Token) -> LexEntry | None:
        """The entry of a noun that names an attack ("strike", "bombing"), not a captivity
        ("hostage", which is also root 18) nor a two-sided fight ("battles between ...")."""
        entry = self.lexicon.noun_entry(token) if token.pos_ in ("NOUN", "PROPN") else None
        if entry is None or entry.code[:2] not in FORCE_ROOTS:
            return None
        return None if entry.flag_value("src") == "holder" else entry

    def _is_fight(self, token: Token) -> bool:
        """Whether a noun names a two-sided fight ("clashes", "battles", "fighting")."""
        entry = self._attack_noun(token)
        return entry is not None and "sym" in entry.flags

    def _attack_as_subject(self, heads: list[Token]) -> tuple[LexEntry, Token] | None:
        """(entry, noun) when a violent verb's subject is itself an attack ("an Israeli air
        strike killed three militants")."""
        for head in heads:
            entry = self._attack_noun(head) if head.pos_ == "NOUN" else None
            # a two-sided noun ("battles between insurgents and troops") names no attacker
            if entry is not None and "sym" not in entry.flags:
                return entry, head
            if head.pos_ == "NOUN" and head.lower_ in MUNITIONS:
                # "Israeli shells killed four civilians", "rockets fired by Hezbollah hit Haifa":
                # the weapon's owner fired it
                kinds = {head.lower_} | {c.lower_ for c in children(head, ("compound",))}
                return FIRED_ARTILLERY if kinds & ARTILLERY else FIRED_MUNITION, head
        return None

    def _denied_act_objects(self, verb: Token) -> list[Token]:
        """Objects of a hostile act the verb's subject says he did not do: a gerund
        with no subject of its own or a that-clause whose subject is the speaker or his own
        ("denied sinking the warship", "denied that its aircraft had bombed the gorge")."""
        speakers = {t.i for h in subject_heads(verb) for t in phrase_tokens(h)}
        for clause in children(verb, ("xcomp", "ccomp")):
            subjects = subject_heads(clause)
            own = all(
                h.i in speakers or h.lower_ in ("it", "they", "he", "she", "we", "i")
                or any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in h.children)
                for h in subjects
            )
            match = self._match_verb(clause)
            codes = [match[0].code, match[0].flag_value("mil") or ""] if match else []
            if (subjects and not own) or (not subjects and clause.tag_ != "VBG") or not any(
                c[:2] in CONFLICT_ROOTS for c in codes  # ("crossed into": mil=192)
            ) or any(
                c.dep_ == "aux" and c.lower_ in MODALS | FUTURE for c in clause.children
            ):
                continue  # (not "denied helping the Taliban", nor "that it would attack Iran")
            nouns = children(clause, ("dobj",))
            return nouns + [o for h in [clause, *nouns] for o in prep_objects(
                h, {"on", "against", "into", "to", "in"})]
        return []

    def _warned_act(
        self, verb: Token, resolver: Resolver
    ) -> tuple[str | None, list[Token], list[ActorRef]]:
        """(threat code, target heads, targets) of a warning that one's own side will act:
        what it will do (cut ties, impose sanctions, attack) and against whom."""
        for clause in children(verb, ("ccomp",)):
            match = self._match_verb(clause)
            if match is None or modality(clause) not in UNREALIZED:
                continue
            threat = code_about("13", match[0].code)
            if threat is None:
                continue
            nouns = children(clause, ("dobj",))
            heads = nouns + [o for h in [clause, *nouns] for o in prep_objects(
                h, {"on", "against", "with", "to"})]
            targets = self._targets_of(heads, resolver)
            if targets:
                return threat, heads, targets
        return None, [], []

    def _investigated(self, verb: Token, noun: Token | None) -> str | None:
        """The code of an inquiry by what it looks into: crime or corruption (091), rights
        abuses (092), military action (093), war crimes (094)."""
        hosts = [verb] + ([noun] if noun is not None else [])
        subjects = [o for h in hosts for o in prep_objects(h, {"into", "of", "over"})]
        subjects += children(verb, ("dobj",)) if noun is None else []
        for head in subjects:
            words = {head.lemma_.lower()} | {
                w.lemma_.lower() for w in head.children if w.dep_ in ("compound", "amod")
            }
            if {"war", "crime"} <= words:
                return "094"  # war crimes (a plain "war" is military action)
            for code, cues in INQUIRY_CUES.items():
                if words & cues:
                    return code
            entry = self.lexicon.noun_entry(head)
            if entry is not None and entry.code[:2] == "19":
                return "093"
            if entry is not None and entry.code[:2] == "20":
                return "094"
        return None

    def _done_to(self, head: Token) -> bool:
        """Whether a phrase asked for is an act done to the people it names: "demanded the
        release of two aid workers" asks their captors, not the aid workers."""
        entry = self.lexicon.noun_entry(head)
        return entry is not None and "of" in entry.targets and "src=of" not in entry.flags

    def _rejected(self, verb: Token) -> str | None:
        """The code of a rejection by what is rejected: a peace plan or deal (127), calls to
        step down (1231), an offer of talks (125)."""
        for head in children(verb, ("dobj",)):
            if head.lemma_.lower() in SETTLEMENTS:
                return "127"
            clauses = children(head, ("acl", "relcl")) + children(verb, ("xcomp", "advcl"))
            for clause in clauses:
                match = self._match_verb(clause)
                if match is not None and clause.tag_ == "VB":
                    return code_about("12", match[0].code)  # "calls to step down"
            if head.lemma_.lower() in REQUESTS:
                return None  # "rejected calls for restraint": no phone call
            entry = self.lexicon.noun_entry(head)
            if entry is None:
                entry = next((e for o in prep_objects(head, {"of", "for"})
                              if (e := self.lexicon.noun_entry(o))), None)  # "offer of talks"
            if entry is not None:
                return code_about("12", entry.code)
        return None

    def _asked_for(self, verb: Token, noun: Token | None, kind: str) -> str | None:
        """The code of an appeal, promise or demand (``kind`` "02", "03" or "10") by what it
        is for: "urged Iran to release the sailors" (0253), "called for a ceasefire" (0256),
        "appealed for humanitarian aid" (0233), "agreed to a truce" (0356). A promise of a
        deal or of cooperation in general stays 030."""
        # a noun's request is in its clause or its "of" phrase: "calls to step down", "an offer
        # of talks"
        clauses = ("acl",) if verb.pos_ in ("NOUN", "PROPN") else ("xcomp", "ccomp")
        acts = [m[0].code for c in children(verb, clauses) if (m := self._match_verb(c))]
        asked = [noun] if noun is not None else []
        asked += children(verb, ("dobj",)) + prep_objects(verb, {"for", "to"})
        asked += [  # "pledged 500 million euros in aid": the money is the aid
            o for a in asked if is_money(a) for o in prep_objects(a, {"in", "of"})
        ]
        if verb.pos_ in ("NOUN", "PROPN"):
            asked += prep_objects(verb, {"of"})
        acts += [e.code for h in asked if (e := self.lexicon.noun_entry(h)) is not None]
        for act in acts[:1]:
            if kind == "03" and (act[:2] == "05" or act == "060"):
                return None
            return code_about(kind, act)
        return None

    @staticmethod
    def _actors(head: Token, resolver: Resolver) -> list[ActorRef]:
        """The actors a phrase names, or its apposition's ("the separatist group ETA"); an
        apposition that is itself a list continues the list ("Assad's regime, Syria and Iran")."""
        refs = EventCoder._allegiance(head, resolver) or resolver.actors(head)
        if head.lemma_.lower() in ("convoy", "motorcade"):
            # "attacked Aung San Suu Kyi's convoy", "the president's motorcade": whose it is
            owners = [a for c in children(head, ("poss",)) for a in resolver.actors(c)]
            refs = owners or refs
        members = coordinated(head)
        for child in [c for m in members for c in m.children if c.dep_ == "appos"]:
            # "Bush and his rival, Senator John Kerry": an apposition names the member just
            # before it, wherever the parser hung it
            owner = max((m for m in members if m.i < child.i), key=lambda m: m.i, default=head)
            listed = any(c.dep_ == "conj" for c in child.children)
            start, end = owner.left_edge.idx, owner.idx + len(owner.text)
            named = any(start <= r.start_char < end for r in refs)
            if not named or listed:
                refs.extend(r for r in resolver.actors(child) if r not in refs)
        return refs

    @staticmethod
    def _allegiance(head: Token, resolver: Resolver) -> list[ActorRef]:
        """Armed men no place names, by whom they are tied to: "terrorists linked to
        al-Qaeda" are al-Qaeda's, "militants loyal to Muqtada al-Sadr" his country's."""
        ties = [
            o for c in head.children
            if (c.dep_ == "acl" and c.lemma_ in ("link", "tie", "connect", "affiliate"))
            or (c.dep_ == "amod" and c.lower_ in ("loyal", "allied", "linked"))
            for o in prep_objects(c, {"to", "with"})
        ]  # fmt: skip
        role = resolver.bare_role(head) if ties else None
        if role not in ARMED_GROUP_ROLES:
            return []
        tied = [r for tie in ties for r in resolver.actors(tie)]
        if any(country_of(r.code) for r in tied) and resolver.actors(head):
            return []  # a person's men where the sentence places them ("in Monrovia")
        return [
            ActorRef(r.code[:3] + role if country_of(r.code) else r.code, head.text, head.idx,
                     head.idx + len(head.text), True)
            for r in tied
        ]  # fmt: skip

    def _target_actors(self, head: Token, resolver: Resolver) -> list[ActorRef]:
        """The actors a target phrase names, or failing that its owner: "welcomed Sudan's
        announcement" targets Sudan, "attacks on police stations" the police."""
        if head.i not in resolver.index:
            head = whole_of(head)
        if head.lemma_.lower() in TOWN_NOUNS and head.i not in resolver.index and any(
            a.code.startswith("IGO") for c in children(head, ("compound", "nmod"))
            for a in resolver.actors(c)
        ):
            # "overran the U.N. safe area of Srebrenica": the place, not who guards it
            named = [
                r for o in prep_objects(head, {"of"}) if (r := self._place_country(o, resolver))
            ]
            if named:
                return named[:1]
        if head.lower_ == "intelligence" and head.dep_ in ("dobj", "nsubjpass") and not any(
            c.dep_ in ("det", "amod", "compound", "poss") for c in head.children
        ):
            return []  # "supplied intelligence": information, not a spy agency
        holders = [
            h for c in head.children
            if c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("hold", "control", "occupy")
            for h in children(c, ("npadvmod", "compound")) + [
                o for a in children(c, ("agent",)) for o in children(a, ("pobj",))
            ]
        ]  # fmt: skip
        held = [a for h in holders for a in self._actors(h, resolver)]
        if held and (head.i not in resolver.index or head.lemma_.lower() in CRAFT):
            # "stormed insurgent-held police stations", "shelled rebel-held areas", "stormed an
            # airliner held by hijackers" (not people held, "hostages held by al-Qaeda", nor a
            # named place, "the Israeli-occupied West Bank")
            return held
        thing = head.i not in resolver.index and head.lemma_.lower() in THINGS
        refs = [] if thing else self._actors(head, resolver)
        vehicle = {r.code[:3] for r in refs if country_of(r.code) and not r.ambiguous}
        carried = [
            # ("a U.S. helicopter carrying soldiers": the vehicle's own, when nothing in their
            # phrase names a country; not a person named, "carrying Hamid Karzai")
            replace(a, code=next(iter(vehicle)) + a.code[3:]) if len(vehicle) == 1 and country_of(
                a.code
            ) and (o.i not in resolver.index or resolver.index[o.i].kind == "agent") and not any(
                resolver.index[t.i].kind in ("country", "adjective")
                for t in phrase_tokens(o) if t.i in resolver.index
            ) else a
            for c in children(head, ("acl",)) if c.lemma_.lower() in ("carry", "transport")
            for o in children(c, ("dobj",)) for a in self._actors(o, resolver)
        ]  # fmt: skip
        if carried and (not refs or all(r.ambiguous or r.code[3:6] == "MIL" for r in refs)):
            refs = carried  # "hit a bus carrying Iraqi National Guards": the people it carried
        if refs and head.i not in resolver.index and any(
            t.i in resolver.index for p in children(head, ("prep",)) for t in p.subtree
        ):
            # "welcomed Sudan's acceptance of an AU mission": the one whose act it is, not
            # what the act is of
            owners = [
                a for c in children(head, ("poss",)) if c.pos_ != "PRON"
                for a in resolver.actors(c)
            ]  # fmt: skip
            refs = owners or refs
        if not refs and head.pos_ == "PRON" and head.head.lemma_.lower() in JUDGING_VERBS:
            # "China passed the law, and Taipei denounced it": the act told in the clause before
            return self._earlier_clause_doers(head, resolver)
        verb = head.head
        if not refs and head.lower_ == "it" and head.dep_ == "dobj" and verb.dep_ == "conj" and (
            not children(verb, ("nsubj", "nsubjpass"))
        ):
            # "stormed a government complex and set it ablaze": what the verb before acted on
            acted_on = children(verb.head, ("dobj",))
            return [a for o in acted_on for a in self._target_actors(o, resolver)]
        if all(len(r.code) == 3 for r in refs) and head.lemma_.lower() in ELECTIONS:
            # "rejected the results of Zimbabwe's election": the state's government held it
            refs = self._election_holder(head, resolver) or refs
        if refs or head.pos_ not in ("NOUN", "PROPN"):
            return refs
        refs = self._owners(head, resolver)
        if not refs and head.lemma_.lower() in HANDLING:
            # "criticised the handling of the crisis by Nairobi": who handled it; "the counting
            # of Ethiopia's election": whose the thing handled is
            refs = [a for o in prep_objects(head, {"by"}) for a in resolver.actors(o)] or [
                a for o in prep_objects(head, {"of"}) for a in self._target_actors(o, resolver)
            ]
        return refs

    def _election_holder(self, head: Token, resolver: Resolver) -> list[ActorRef]:
        """Whose election a phrase names is its state's government: "rejected the results of
        Zimbabwe's parliamentary election" (ZWEGOV)."""
        for vote in [head, *prep_objects(head, {"of"})]:
            if vote.lemma_.lower() not in ELECTIONS:
                continue
            states = {
                a.code[:3] for c in vote.children if c.dep_ in ("poss", "compound", "amod")
                for a in resolver.actors(c) if country_of(a.code) and len(a.code) == 3
            }  # fmt: skip
            if len(states) == 1:
                start, end = vote.idx, vote.idx + len(vote.text)
                return [ActorRef(states.pop() + "GOV", vote.text, start, end, True)]
        return []

    def _targets_of(self, heads: list[Token], resolver: Resolver) -> list[ActorRef]:
        return [a for h in heads for a in self._target_actors(h, resolver)]

    def _election_holders(self, vote: Token, resolver: Resolver) -> list[ActorRef]:
        """Who holds a vote no owner is named for: the government of where it is ("the election
        in Chechnya", "the Ukrainian election"), or the one the clause says held it ("Belarus
        held an election condemned by Washington")."""
        if vote.dep_ == "dobj" and vote.head.lemma_.lower() in HOLDING_VOTES:
            return [a for h in subject_heads(vote.head) for a in resolver.actors(h)]
        here = self._places_named(prep_objects(vote, {"in"}), resolver)[:1]
        return [replace(r, code=r.code[:3] + "GOV") for r in here]

    @staticmethod
    def _clause_doers(noun: Token, resolver: Resolver) -> list[ActorRef]:
        """The subject of the clause an act noun is set beside, after a comma: "The Taliban
        barred women from universities, a move condemned by the US" (the Taliban's move), "in
        a move Taipei called a political attack"."""
        phrase = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
        if phrase.left_edge.i == 0 or noun.doc[phrase.left_edge.i - 1].text != ",":
            return []
        clause = next((a for a in phrase.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and any(s.i > noun.i for s in subject_heads(clause)):
            # ("China suspended imports, in a move Taipei called ...": the parser's main verb is
            # the relative clause, the act its complement before the noun)
            clause = next((c for c in children(clause, ("ccomp",)) if c.i < noun.i), None)
        if clause is None:
            return []
        return [a for h in subject_heads(clause) for a in resolver.actors(h)]

    def _earlier_clause_doers(self, noun: Token, resolver: Resolver) -> list[ActorRef]:
        """Who did the act "the move" points back to, told in the clause before: "Russia
        suspended the treaty, and NATO said it regretted the move" (Russia's move); else in
        an earlier sentence that tells the same act by its verb."""
        return self._clause_before_doers(noun, resolver) or self._told_earlier(noun, resolver)

    def _told_earlier(self, noun: Token, resolver: Resolver) -> list[ActorRef]:
        """Who did the act a definite event noun names, told by its verb in one of the five
        sentences before: "North Korea said it had tested a hydrogen bomb. ... The Security
        Council condemned the test" (not the judges' own act)."""
        lemma = noun.lemma_.lower()
        spoken = lemma in WORDS_SAID
        if noun.pos_ != "NOUN" or not any(
            (c.dep_ == "det" and c.lower_ == "the")
            or (spoken and c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS)
            for c in noun.children
        ):  # ("Rice accused Chavez of meddling. Caracas called her remarks aggressive")
            return []
        told = {lemma, NOMINALIZED.get(lemma, lemma)}
        if spoken:
            told |= SPEECH_VERBS | CENSURING_VERBS  # (remarks made by any verb of saying)
        clause = clause_verb(noun)
        judges = {
            a.code for h in (subject_heads(clause) if clause is not None else [])
            for a in resolver.actors(h)
        }  # fmt: skip (not one's own act; "Arafat condemned the attack" may be Hamas's)
        sentences = [s for s in noun.doc.sents if s.end <= noun.sent.start][-5:]
        violent = lemma in ATTACK_WORDS  # ("seized Mosul ... Ban condemned the attack")
        told_before = [t for s in sentences for t in s]
        if spoken and not any(
            t.pos_ == "VERB" and t.lemma_.lower() in told and not is_passive(t)
            for t in told_before
        ):
            # ("Bush voiced concern over ... China rejected the remarks": with no verb of
            # saying before, a view voiced is what the remarks are)
            told = told | VOICING | {"question"}
        speakers: list[list[ActorRef]] = []
        # (the attack a story's reactions speak of is its first, not the retaliation told
        # after it; a named act is the latest telling of it)
        for verb in told_before if violent else reversed(told_before):
            if verb.pos_ != "VERB" or is_passive(verb):
                continue
            if verb.lemma_.lower() not in told and not (violent and (
                (cand := self._verb_candidate(verb, set())) is not None
                and (cand.root in ("18", "19", "20") or cand.entry.flag_value("place"))
            )):  # (taking a place is an assault on it: "seized Mosul")
                continue
            if verb.lemma_.lower() == "question" and not any(
                o.lemma_.lower() in QUESTIONED for o in children(verb, ("dobj",))
            ):
                continue  # ("questioned the legitimacy of the vote", not "questioned Sharon")
            if modality(verb) is not None and not spoken:
                return []
            doers = [a for h in subject_heads(verb) for a in resolver.actors(h)]
            if doers and not spoken:  # (else an earlier telling may name them: "The militants
                # took over")
                return [a for a in doers if a.code not in judges]
            if doers and all(a.code[3:6] == "MED" for a in doers):
                continue  # ("..., the Itar-Tass news agency reported": it only passed them on)
            speakers.append([a for a in doers if a.code not in judges])
        # (words said point back at their one speaker: "Chirac said ... Rice said ... Beijing
        # welcomed his remarks" names no one we can tell)
        said_by = {a.code for group in speakers for a in group}
        return next((group for group in speakers if group), []) if len(said_by) == 1 else []

    def _clause_before_doers(self, noun: Token, resolver: Resolver) -> list[ActorRef]:
        """Who did the act a noun points back to, told in the clause before."""
        pointer = noun.lower_ in ("it", "this") and noun.dep_ == "dobj"  # ("denounced it")
        if not pointer and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
        ):
            return []
        clause = clause_verb(noun)
        while clause is not None and clause.dep_ in ("ccomp", "xcomp") and clause.head.i < clause.i:
            clause = clause.head  # ("NATO said it regretted the move")
        if clause is None or (clause.dep_ == "ROOT" and pointer):
            return []
        # "Russia annexed Crimea on Tuesday. Britain condemned the move.": the act the sentence
        # before told, when its doer is its subject; or the clause before, in one sentence
        told = clause_before(clause)
        if noun.lemma_.lower() in SPOKEN and (
            told is None or told.lemma_.lower() not in SPEECH_VERBS
        ):
            return []  # ("troops raided a camp, and Arafat condemned the remarks": no speech)
        if told is not None and told.lemma_.lower() in SPEECH_VERBS:
            if noun.lemma_.lower() in WORDS_SAID:
                # "..., Amnesty said in a report. Israel rejected the charge.": the telling
                return [a for h in subject_heads(told) for a in resolver.actors(h)]
            # "China destroyed a satellite, U.S. officials said, and Japan criticised the
            # test": the act the speakers told, not their telling
            told = next(iter(children(told, ("ccomp",))), None)
        if told is None or told.pos_ not in ("VERB", "AUX") or not self._tells_act(told, noun):
            return []  # ("Japan sent troops to Iraq. China condemned the attack.")
        if is_passive(told):
            return []  # (whom a passive was done to did not do it)
        for act in children(told, ("dobj",)):
            if act.lemma_.lower() in ACT_NOUNS:
                # ("criticized a UN decision ... but rebel leaders welcomed the move": the
                # decision is the move, the UN's; "signed a decree ..., and the Kremlin
                # criticised the decision": the signer's)
                owners = [
                    a for c in act.children if c.dep_ in ("poss", "compound")
                    for a in resolver.actors(c)
                ]  # fmt: skip
                if owners:
                    return owners
        return [a for h in subject_heads(told) for a in resolver.actors(h)]

    def _tells_act(self, verb: Token, noun: Token) -> bool:
        """Whether a clause tells the act a noun points back to: an attack or killing by a
        violent verb, a test by testing or firing, any other act by a verb of the lexicon."""
        match = self._match_verb(verb)
        if match is None:
            return verb.lemma_ != "be" and (
                noun.pos_ == "PRON" or noun.lemma_.lower() in ACT_NOUNS
                or any(self._attack_noun(o) for o in children(verb, ("dobj",)))
            )  # (not "Iran said it was ready for talks": no act; "carried out a nuclear
            # test, and the Security Council condemned the blast")
        if self._attack_noun(noun) is not None or noun.lemma_.lower() == "test":
            # ("sent troops to Iraq. China condemned the attack": no attack told; nor is an
            # arrest, a ban or an expulsion)
            return match[0].code[:2] not in COOPERATIVE_ROOTS | {"15"} and (
                match[0].code[:3] not in ("172", "173", "174")
            )
        return True

    def _owners(self, head: Token, resolver: Resolver, author: bool = False) -> list[ActorRef]:
        """Whose thing or act a phrase names: "Sudan's announcement", "the Russian proposal",
        "the US-led war", "rebel-held towns", "suggestions by the president". ``author``: who
        did the act, so that a war named after where it is fought has none ("the Iraq war")."""
        refs: list[ActorRef] = []
        own = resolver.index.get(head.i)
        for child in head.children:
            if own is not None and resolver.index.get(child.i) is own:
                continue  # "Israeli air strikes": "air" is a word of the name, not an owner
            place = resolver.index.get(child.i)
            if child.dep_ == "compound" and place is not None and place.kind == "capital" and (
                head.lemma_.lower() in PREMISES | PLACE_NAMED
            ):
                continue  # "the Cairo offices of 17 groups": where they are; "the Algiers
                # border line", "the Minsk agreements": named after where they were made
            if child.dep_ == "compound" and place is not None and place.kind in (
                "country", "capital"
            ) and author and head.lemma_.lower() in WARS and not prep_objects(
                head, {"in", "against", "on", "of"}
            ):
                continue  # "the Iraq war": where it was fought ("the US war in Iraq": whose)
            if (child.dep_ in ("poss", "compound") and child.pos_ in ("NOUN", "PROPN")) or (
                child.dep_ == "nmod" and child.pos_ == "PROPN"  # "U.S. and British interests"
            ):
                found = resolver.actors(child)
                if not found and child.pos_ == "NOUN":
                    # "a US drone strike": the owner modifies the modifier
                    found = [a for c in children(child, ("compound", "amod"))
                             for a in self._modifier_actor(c, resolver)]
                refs.extend(found)
            elif child.dep_ == "amod" and hyphen_prefix(child) not in ("pro", "anti"):
                # (not "pro-Syrian generals": whom they side with)
                refs.extend(self._leader_of(child, resolver))  # "the US-led war"
                mention = resolver.index.get(child.i)
                if mention is not None and mention.kind == "adjective":
                    # "seized a British tanker", "rejected the Russian proposal": the owner state
                    code = mention.entries[0].key[:3]
                    refs.append(ActorRef(code, child.text, child.idx, child.idx + len(child.text)))
        if not refs and head.lemma_.lower() in SPOKEN:
            # "the statement issued by the Egyptian government", "the remarks by Allawi"
            refs = [
                a for o in prep_objects(head, {"by"}) + [
                    o for c in children(head, ("acl",)) for g in children(c, ("agent",))
                    for o in children(g, ("pobj",))
                ] for a in resolver.actors(o)
            ]  # fmt: skip
        if not refs:
            # "a package of incentives offered by Britain, France and Germany": who put it
            # forward
            refs = [
                a for n in [head, *prep_objects(head, {"of"})] for c in children(n, ("acl",))
                if c.tag_ == "VBN" and c.lemma_.lower() in PUT_FORWARD
                for g in children(c, ("agent",)) for o in children(g, ("pobj",))
                for a in resolver.actors(o)
            ]  # fmt: skip
        if not refs and head.lemma_.lower() in ELECTIONS - {"result", "outcome"}:
            refs = self._election_holders(head, resolver)
        if not refs and head.lemma_.lower() in ACT_NOUNS:
            refs = self._clause_doers(head, resolver) or self._earlier_clause_doers(head, resolver)
        elif not refs and self.lexicon.noun_entry(head) is not None:
            # "Cuban jets shot down two planes, and Clinton condemned the attack": the attack
            # told in the clause before
            refs = self._earlier_clause_doers(head, resolver)
        firings = children(head, ("acl",))
        if head.dep_ == "nsubj" and head.head.tag_ == "VBN":
            firings.append(head.head)  # (the parser's reading of "rockets fired by X hit Y")
        for clause in firings:
            if not refs and clause.lemma_.lower() in FIRING and head.lower_ in MUNITIONS:
                # "rockets fired by Hezbollah", "a bomb planted by ETA": who fired it; "rockets
                # fired from Gaza": whence (as "rockets from Gaza")
                refs = [a for o in children(clause, ("agent",)) for p in children(o, ("pobj",))
                        for a in self._actors(p, resolver)] or [  # fmt: skip
                    a for o in prep_objects(clause, {"from"}) for a in resolver.actors(o)
                ]
        if not refs and head.lower_ in MUNITIONS:
            # "mortar fire from Palestinian militants" (not "rockets from Gaza": a place)
            refs = [
                a for o in prep_objects(head, {"from"})
                if getattr(resolver.index.get(o.i), "kind", None) not in ("country", "capital")
                and self._place_country(o, resolver) is None
                for a in self._actors(o, resolver)
            ]  # fmt: skip
        for clause in children(head, ("acl",)):
            # "arrested 20 people suspected of being members of ETA": the group they belong to
            for word in clause.subtree:
                if not refs and word.lemma_.lower() in MEMBERS and word.dep_ in ("attr", "pobj"):
                    groups = prep_objects(word, {"of"})
                    refs = [a for group in groups for a in self._actors(group, resolver)]
        for child in head.children:
            if not refs and child.dep_ == "amod" and child.lemma_.lower() in HELD:
                # "an offensive on rebel-held towns": the towns' holders
                for owner in child.children:
                    if owner.dep_ in ("npadvmod", "compound", "nmod"):
                        refs.extend(resolver.actors(owner))
        if not refs:
            # "withdrew from the talks with the EU", "criticized the deal with Iran": the partner;
            # "rejected suggestions by the Pakistani president", "calls from the US": the author
            authors = prep_objects(head, {"with", "by", "from", "including", "between"}) + [
                o for clause in children(head, ("acl",)) if clause.tag_ == "VBN"
                for o in prep_objects(
                    clause, {"by", "from", "on"} if clause.lemma_ == "blame" else {"by", "from"}
                )
            ]  # "the peace plan unveiled by Donald Trump", "goods imported from Mexico", "two
            # attacks blamed on Kurdish rebels"
            refs = [a for o in authors for a in resolver.actors(o)]
        if not refs:
            # "praised its reforms": the state "its" points back at, when that is not the
            # clause's own subject (after other owners: "along its border with Ukraine")
            verb = clause_verb(head)
            doers = {
                a.code for h in (subject_heads(verb) if verb is not None else [])
                for a in resolver.actors(h)
            }  # fmt: skip
            refs = [
                a for c in children(head, ("poss",)) if c.lower_ in ("its", "their")
                for a in resolver.actors(c) if a.code not in doers
            ]  # fmt: skip
        return refs

    def _unnamed_target(
        self,
        entry: LexEntry,
        verb: Token,
        noun: Token | None,
        sources: list[ActorRef],
        target_heads: list[Token],
        resolver: Resolver,
    ) -> tuple[list[ActorRef], list[Token]]:
        """(targets, their heads) of force or an inquiry whose target phrase names no actor.

        The pattern's own noun when it names people ("seized ten hostages"); else the country
        where it happened: "set off bombs around Madrid", "bombed a market in Yemen", "an
        inquiry into the killings in Burundi". Fighting with no target at all ("fought in
        Iraq") is the actor's own, not against the place.
        """
        root = entry.code[:2]
        home = single_country(sources)
        if entry.code in ("081", "085") and target_heads:
            # "lifted the ban on arms sales to Vietnam": the country the lifted measure names;
            # "lifted its ban on cinemas": a state's own people
            homes = {s.code[:3] for s in sources}
            hosts = [*target_heads, *([noun] if noun is not None else [])]
            words = [t for h in hosts + prep_objects(verb, {"to"}) for t in h.subtree]
            named = sorted(self._countries_named(words, resolver) - homes)
            head = target_heads[0]
            end = head.idx + len(head.text)
            if named:
                return [ActorRef(c, head.text, head.idx, end) for c in named], target_heads
            if home and not any(
                t.i in resolver.index and resolver.index[t.i].kind != "adjective" for t in words
            ):  # (not "lifted the ban on Iranian oil": whose oil it is)
                return [ActorRef(home + "CVL", head.text, head.idx, end)], target_heads
        polls = [h for h in target_heads if h.lemma_.lower() in ELECTIONS - {"result", "outcome"}]
        if entry.code[:3] == "143" and home and polls:
            # "the opposition boycotted the election": a boycott of the state that holds it
            head = polls[0]
            return [ActorRef(home + "GOV", head.text, head.idx, head.idx + len(head.text))], polls
        crowds = [h for h in target_heads if h.lemma_.lower() in PROTEST_SCENES | GATHERED]
        if entry.code == "175" and home and crowds:
            # "police fired tear gas at a peaceful rally": at the state's own people, unless the
            # rally is named as another's ("a rally of Palestinians")
            head = crowds[0]
            owners = [a for o in prep_objects(head, {"of"}) for a in resolver.actors(o)]
            return owners or [
                ActorRef(home + "CVL", head.text, head.idx, head.idx + len(head.text))
            ], crowds
        if noun is not None and root in FORCE_ROOTS:
            # ("captured the city of Aleppo": the place the pattern's noun names; not "carried
            # out the attack": whose the attack is says who made it, not whom it hit)
            act = noun.i not in resolver.index and (
                noun.lemma_.lower() in ACT_NOUNS or self.lexicon.noun_entry(noun) is not None
            )
            named = self._actors if act else self._target_actors
            found = named(noun, resolver) or (
                self._places_named([noun], resolver, with_of=True)[:1] if root == "19" else []
            )
            if found:
                return found, [noun]
        if entry.code in ("0871", "0873") and single_country(sources) and all(
            s.code[3:6] in ARMED_GROUP_ROLES for s in sources
        ):
            # "paramilitary fighters turned in their weapons", "the ELN announced a unilateral
            # ceasefire": to the state they fought, or the forces the sentence has them fight
            if entry.code == "0871" and any(
                t.lower_ in ("over", "off") for h in (verb, noun) if h is not None
                for t in h.children
            ):
                return [], target_heads  # ("declared its truce over": ended)
            own = {(s.start_char, s.end_char) for s in sources}
            foes = [
                a for t in verb.sent if t.i in resolver.index and t.head.i not in resolver.index
                and not self._aside(t)
                for a in resolver.actors(t) if a.code[3:6] in ("MIL", "COP")
                and (a.start_char, a.end_char) not in own
            ]  # fmt: skip (not the one who tells it, nor those of a relative clause)
            return foes[:1] or home_countries(sources, verb), [verb]
        if noun is not None and root == "16":
            # "recalled its Havana ambassador", "its envoy in Tehran": the state hosting them
            posts = [c for c in noun.children if c.dep_ == "compound"] + prep_objects(
                noun, {"in", "to"}
            )
            homes = {s.code[:3] for s in sources}
            found = [
                r for h in posts
                if (r := self._place_country(h, resolver)) and r.code[:3] not in homes
            ]  # fmt: skip
            if found:
                return found[:1], posts
        if target_heads and root in ("04", "08", "09", "19"):
            # "visited Seattle", "withdrew its troops from Kherson": a place is its country
            found = [
                r for h in target_heads
                if (r := self._place_country(
                    h, resolver, any_size=h.head.lower_ in MOTION or entry.code == "192"
                ))  # ("annexed Crimea": whatever is annexed is a place)
            ]  # fmt: skip
            if found:
                return found, target_heads
        # "launched air strikes across Gaza": a foreign place struck
        struck = not target_heads and root == "19" and noun is not None and (
            self._attack_noun(noun) is not None and not self._is_fight(noun)
            and "sym" not in entry.flags
        )
        placed = root in ("18", "20") or (target_heads and root in ("19", "09")) or (
            target_heads and entry.code in ("1711", "1712")
        ) or struck  # "burned down 160 homes in the town of Thantlang": property where it stood
        if not placed or any(h.lower_ in ("him", "her", "them") for h in target_heads):
            return [], target_heads  # ("kidnapped him outside a Baghdad hotel": not Iraq)
        # "dropped poison gas on the town of Halabja": the place hit
        targets = self._places_named(target_heads, resolver, with_of=True)[:1]
        targets = targets or self._location_country(verb, resolver)
        if not targets and entry.lemma in DISLODGING:
            # "flushed insurgents from the streets of Falluja": where they were driven from
            driven_from = [o for h in [verb, *target_heads] for o in prep_objects(h, {"from"})]
            targets = self._places_named(driven_from, resolver, with_of=True)[:1]
        if not targets and entry.code in ("1711", "1712") and single_country(sources):
            # "Myanmar troops burned down 160 homes": a state's forces destroy property at home
            targets = home_countries(sources, verb)
        if not targets and entry.code[:3] == "183" and single_country(sources) and all(
            s.code[3:6] in ARMED_GROUP_ROLES and s.code[:3] not in FOREIGN_FRONTS
            for s in sources
        ) and not self._foreign_places(verb, sources, resolver):
            # "ETA set off seven bombs": a domestic armed group bombs the state it fights
            targets = home_countries(sources, verb)
        if root == "09" or struck:
            # police investigating a crash at home is no event between states; nor is police
            # opening fire at home an attack on their state
            homes = {s.code[:3] for s in sources}
            targets = [t for t in targets if t.code not in homes]
        return targets, ([verb] if targets else target_heads)

    @staticmethod
    def _aside(token: Token) -> bool:
        """Whether a word is in an aside of its sentence: the teller of a report ("..., an
        army spokesman said") or a relative clause ("the Pope's visit, which troops guarded")."""
        clause = clause_verb(token)
        if clause is not None and clause.lemma_.lower() in SPEECH_VERBS:
            return True
        return any(a.dep_ == "relcl" for a in token.ancestors)

    @staticmethod
    def _foreign_places(verb: Token, sources: list[ActorRef], resolver: Resolver) -> bool:
        """Whether the sentence names a country or place other than the sources' own."""
        homes = {s.code[:3] for s in sources}
        named = {
            resolver.index[t.i].entries[0].key[:3] for t in verb.sent
            if t.i in resolver.index and resolver.index[t.i].kind in ("country", "capital")
        } | resolver.places_in(verb.sent)
        return bool(named - homes)

    def _attacker_of(self, verb: Token, resolver: Resolver | None = None) -> list[Token]:
        """Who did a violence reported in the passive without an agent, from the clause that
        says how: "three Iraqis were killed when a suicide bomber attacked a convoy"."""
        for clause in children(verb, ("advcl",)):
            if not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as")
                for c in clause.children
            ):
                continue
            match = self._match_verb(clause)
            if match is not None and match[0].code[:2] in FORCE_ROOTS and not is_passive(clause):
                return subject_heads(clause)
        for attack in prep_objects(verb, {"in", "during"}):
            # "nine French peacekeepers were killed during an air raid by Ivorian bombers"
            if self._is_fight(attack):
                return prep_objects(attack, {"with"})  # "killed in clashes with militants"
            if self._attack_noun(attack) is not None:
                # (or the attack, when its owner is named: "killed in an Israeli airstrike";
                # not where it was: "in a Baghdad rocket attack")
                owned = resolver is not None and any(
                    t.i in resolver.index and resolver.index[t.i].kind not in PLACE_KINDS
                    for t in attack.children if t.dep_ in ("amod", "compound", "poss", "nmod")
                )
                blamed = [
                    o for c in children(attack, ("acl",)) if c.lemma_ == "blame"
                    for o in prep_objects(c, {"on"})
                ]  # fmt: skip ("killed in an attack blamed on Kurdish rebels")
                return prep_objects(attack, {"by"}) or blamed or ([attack] if owned else [])
        return []

    @staticmethod
    def _domestic_counterparts(
        code: str, sources: list[ActorRef], heads: list[Token], resolver: Resolver
    ) -> list[ActorRef]:
        """Targets a state's own authorities act on at home: "the Philippine government signed
        a deal with rebels", "Kenyan police arrested protesters" — a role noun the text gives
        no country takes the source's, when the act is one a state does within its borders
        (police and courts acting; governments negotiating with, yielding to or coercing)."""
        country = single_country(sources)
        if country is None or code in ("042", "043"):
            return []  # a visit or a host names whom it receives ("received tourists")
        roles = {s.code[3:6] for s in sources}
        if roles <= {"JUD"} and code[:3] in ("111", "112", "115", "116"):
            # "an Indonesian court convicted a militant": courts try their own country's people
            return placed_roles(country, heads, resolver) + (
                EventCoder._unknown_people(country, heads, resolver) if code == "116" else []
            )
        if roles <= CIVIC_ROLES and code[:2] in ("01", "02", "10", "11", "12", "13", "14"):
            # "protesters demanded that the military hand over power": their own military
            return placed_roles(country, heads, resolver, STATE_ROLES | {"MIL"})
        if roles <= ARMED_GROUP_ROLES:
            # "FARC rebels freed ten police officers": the state they fight is their own; and
            # "Algerian militants killed 16 people": the people they attack
            civilians = {"CVL"} if code[:2] in FORCE_ROOTS else set()
            return placed_roles(country, heads, resolver, STATE_ROLES | {"MIL"} | civilians)
        if roles == {"MIL"} and code[:2] in ("18", "19", "20") and heads and (
            country in resolver.places_in(heads[0].sent)
            or country == heads[0].doc._.dateline
        ):
            # "the Nigerian army killed 24 militants ... in Borno": armed groups no phrase
            # places are fought at home when the text puts the fighting there (not "U.S.
            # soldiers killed 15 militants": troops fight abroad too)
            return placed_roles(country, heads, resolver, ARMED_GROUP_ROLES)
        # police and courts act at home; troops too when they arrest or raid ("security
        # forces arrested 20 people")
        policing = roles <= {"COP", "JUD"} or (roles <= {"COP", "JUD", "MIL"} and code[:2] == "17")
        governing = roles <= {"", "GOV", "COP", "JUD", "LEG"} and (
            code[:2] in DOMESTIC_ROOTS or code in STATE_ACTS or code == "1823"
        ) and code != "054"  # "Iran executed two men" (not "recognised the rebel council")
        if not (policing or governing):
            return []
        placed = placed_roles(country, heads, resolver)
        if code not in ("173", "174", "116", "0841", "091"):
            return placed
        if not placed:
            # "searched the home of Hwang Woo-suk", "raided the offices of a newspaper": whose
            heads = heads + [o for h in heads if h.pos_ == "NOUN" for o in prep_objects(h, {"of"})]
            placed = placed_roles(country, heads, resolver)
        return placed + EventCoder._unknown_people(country, heads, resolver)

    @staticmethod
    def _unknown_people(country: str, heads: list[Token], resolver: Resolver) -> list[ActorRef]:
        """"A Minsk court sentenced Alexander Kozulin": a person the KB does not know, whom a
        state's police or courts hold, try, jail or free, is one of its own people."""
        return [
            resolver.country_ref(h, country + "CVL") for h in heads
            if h.ent_type_ == "PERSON" and h.i not in resolver.index and (
                h.pos_ == "PROPN" or any(c.dep_ == "compound" for c in h.children)
            )  # ("Hwang Woo-suk": the tagger may take "suk" for a noun)
            and h.text not in FACILITIES and EventCoder._place_country(h, resolver) is None
            and resolver.bare_role(h) is None
            and not EventCoder._countries_named(list(h.subtree), resolver)
        ]  # fmt: skip (not "Kulbhushan Jadhav, an Indian accused of spying": whose he is, said)

    @staticmethod
    def _home_opposition(
        sources: list[ActorRef], heads: list[Token], resolver: Resolver
    ) -> list[ActorRef]:
        """"The president accused the opposition": a government's opposition is its own."""
        return placed_roles(single_country(sources, {"GOV"}), heads, resolver, {"OPP"})

    @staticmethod
    def _own_institutions(
        sources: list[ActorRef], heads: list[Token], resolver: Resolver
    ) -> list[ActorRef]:
        if not all(resolver.bare_role(h) in ("LEG", "JUD") for h in heads):
            return []
        if EventCoder._countries_named((t for h in heads for t in phrase_tokens(h)), resolver):
            return []  # "told Ghana's parliament": whose it is
        return placed_roles(single_country(sources), heads, resolver)

    @staticmethod
    def _domestic_sources(
        code: str, heads: list[Token], targets: list[ActorRef], resolver: Resolver
    ) -> list[ActorRef]:
        """Sources the text gives no country, placed by the state institutions they address:
        "the opposition demanded the resignation of Prime Minister Nawaz Sharif", "rebels
        agreed to a ceasefire with the Sudanese government". Political actors address their
        own state; armed groups only when they deal with its government without violence
        (fighters so often strike foreigners that force is left alone)."""
        roles = {t.code[3:6] for t in targets}
        if roles <= STATE_ROLES and all(h.lemma_.lower() in PROTESTERS for h in heads):
            # "rioters set fire to government offices in Nairobi": a state's own people
            return placed_roles(single_country(targets), heads, resolver, {"CVL"})
        if (code[:2] in ("09", "17") or code == "116") and roles <= POLITICAL_ROLES:
            # "a judge questioned former dictator Pinochet", "a tribunal sentenced former head
            # of state Obasanjo": the courts and police of a politician's own state
            return placed_roles(single_country(targets), heads, resolver, {"JUD", "COP"})
        if code[:2] in FORCE_ROOTS and roles == {"COP"}:
            # "policemen were killed when rebels ambushed their car": police serve at home, so
            # the armed men who strike them there are of the same state
            return placed_roles(single_country(targets), heads, resolver, ARMED_GROUP_ROLES)
        if code[:2] in FORCE_ROOTS | {"15", "16"} or not roles <= STATE_ROLES:
            return []
        allowed = CIVIC_ROLES | (ARMED_GROUP_ROLES if roles == {"GOV"} else set())
        return placed_roles(single_country(targets), heads, resolver, allowed)

    @staticmethod
    def _place_country(
        token: Token, resolver: Resolver, any_size: bool = False
    ) -> ActorRef | None:
        """The country of a place name: from the actor KB (countries, capitals) or, when the
        places stage is installed, its gazetteer (the most populous reading)."""
        mention = resolver.index.get(token.i)
        if mention is not None and mention.kind in ("country", "capital", "adjective"):
            code = mention.entries[0].key[:3]
            return ActorRef(code, token.text, token.idx, token.idx + len(token.text))
        # ("in Homs": the tagger may take a name ending in s for a plural noun)
        misread_name = token.pos_ == "NOUN" and token.is_title and token.i != token.sent.start
        if not (token.pos_ == "PROPN" or misread_name) or mention is not None:
            return None
        # A name the tagger did not call a place counts only as a large city, unless the verb
        # says it is a place ("withdrew from Palmyra").
        min_population = 0 if any_size or token.ent_type_ in PLACE_ENTITIES else 100_000
        try:
            from gestae.places import most_populous
        except ModuleNotFoundError:
            return None
        if continental(token):
            return None  # "South America" is no state
        named = [
            c for c in token.children if c.i < token.i
            and (c.dep_ == "compound" or (c.dep_ == "amod" and c.is_title))
        ]  # fmt: skip
        span = (
            token.doc[token.left_edge.i : token.i + 1] if token.dep_ == "compound"
            else token.doc[named[0].i : token.i + 1] if named else None
        )  # ("Niger Delta" before "Delta", a Canadian town)
        # (not "Mocimboa da Praia"; nor "Temple" of "the Golden Temple", a Texas town)
        longer = span is not None and sum(t.is_title for t in span) > 1
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        longer = longer or (
            following is not None and following.pos_ == "PROPN" and following.ent_iob_ == "I"
            and following.ent_type_ not in ("DATE", "TIME")
        )  # ("on Saba Saba day marches": a name the parser cut in two, the tagger did not)
        alone = None if after_name_particle(token) or longer else token.text
        for text in filter(None, (span.text if span is not None else None, alone)):
            best = most_populous(text)
            # (a town in gestae's own list, the spellings news uses, counts at any size)
            if best is not None and (best.population >= min_population or (
                best.source == "gestae" and best.precision == "city"
            )):
                return ActorRef(best.country, token.text, token.idx, token.idx + len(token.text))
        doc = token.doc
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "," and (
            (region := doc[token.i + 2]).pos_ == "PROPN"
        ) and region.dep_ == "appos" and region.head.i == token.i and (
            region.i + 1 == len(doc) or doc[region.i + 1].pos_ != "PROPN"
        ):
            # "at his ranch in Crawford, Texas": a town too small for the gazetteer, placed by
            # the state or province in apposition (not "In Crawford, Iraq's prime minister")
            from gestae.places import bundled_gazetteer

            readings = {
                c.place.country for c in bundled_gazetteer().lookup(region.text)
                if c.place.country and c.place.precision in ("admin1", "country")
            }  # ("Sea Island, Georgia": a US state and a country, no telling which)
            if len(readings) == 1:
                code = readings.pop()
                return ActorRef(code, token.text, token.idx, token.idx + len(token.text))
        return None

    def _places_named(
        self, heads: list[Token], resolver: Resolver, with_of: bool = False
    ) -> list[ActorRef]:
        """Countries of the places these phrases name (``with_of``: or their "of" phrase names,
        "the town of Halabja")."""
        places = [p for h in heads for p in ([h, *prep_objects(h, {"of"})] if with_of else [h])]
        return [r for p in places if (r := self._place_country(p, resolver))]

    def _location_country(
        self, verb: Token, resolver: Resolver, objects: bool = True
    ) -> list[ActorRef]:
        """The country where the clause happens: a place it is "in", "at" or "near", or
        (``objects``) the place it acts on ("shelled Douma")."""
        clause = clause_tokens(verb)
        places = [
            p for prep in clause
            if prep.dep_ == "prep"
            and prep.lower_ in SCENE_PREPS
            and not holds_gathering(prep.head)
            for p in children(prep, ("pobj",))
        ]  # fmt: skip (not "talks being held in the Nigerian capital": where others meet)
        # the verb's own place first: "marched through London against ... a war in Iraq"
        places.sort(key=lambda p: p.head.head.i != verb.i)
        for target in children(verb, ("dobj",)) if objects else []:
            # "shelled Douma", "shelled the town of Douma": the target is the place itself
            places += [target] + prep_objects(target, {"of"})
        for place in places:
            ref = self._place_country(place, resolver)
            if ref is None and place.pos_ == "NOUN" and place.lemma_.lower() not in BORDERS:
                # (but "near the Afghan border" may be on either side of it)
                # "in Nepal's northwestern mountains", "in the Iraqi capital", "in a remote
                # area of northeastern Nigeria"
                ref = self._modifier_country(place, resolver)
                for whole in prep_objects(place, {"of"}):
                    ref = ref or self._place_country(whole, resolver)
            if ref is not None:
                return [ref]
        for modifier in verb.subtree:
            # "the Istanbul bombing", "Istanbul Bomb Blasts": a place naming where (one the
            # word itself is compounded with; not "a US hostage" in a verb's subject)
            head = modifier
            while head.dep_ == "compound" and head.i < verb.i:
                head = head.head
            if modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and head.i == verb.i:
                ref = self._place_country(modifier, resolver)
                if ref is not None:
                    return [ref]
        return []

    def _claimed_attack(
        self,
        verb: Token,
        noun: Token | None,
        sources: list[ActorRef],
        resolver: Resolver,
        when: dt.date | None,
    ) -> list[Event]:
        """"TAK claimed responsibility for the Istanbul bombing": the claimant carried out the
        attack it names, against its target or the country where it happened."""
        hosts = [verb] + ([noun] if noun is not None else [])
        named = [o for host in hosts for o in prep_objects(host, {"for"})]
        # ("claimed responsibility for the Istanbul bombing"; not "took responsibility for
        # the failures before the Iraq war")
        attacks = [m for o in named for m in coordinated(o)] if named else list(verb.sent)
        for attack in attacks:
            entry = self._attack_noun(attack)
            if entry is None:
                continue
            targets = [
                a
                for spec in entry.targets
                if spec != "obj"
                for o in prep_objects(attack, {spec})
                for a in self._target_actors(o, resolver)
            ] or self._location_country(attack, resolver)
            homes = {s.code[:3] for s in sources if s.code[3:6] == "INS"}  # (not cross-border
            # rebels: "Hezbollah claimed the capture of two soldiers" took Israelis)
            if not targets and len(homes) == 1:
                # "Boko Haram claimed the abduction of hundreds of schoolboys in Kankara": a
                # domestic armed group's victims no place names are of its own country
                victims = prep_objects(attack, {"of", "on", "against"})
                victims += [
                    o for v in victims if v.lemma_.lower() in QUANTITY_NOUNS
                    for o in prep_objects(v, {"of"})
                ]  # fmt: skip ("hundreds of schoolboys")
                targets = placed_roles(homes.pop(), victims, resolver)
            rule = f"verb '{verb.lemma_}' claims noun '{entry.pattern}' -> {entry.code}"
            # The attack (GUIDELINES: a saying is coded by what it says), its own words giving
            # its date and place; and the claim itself, CAMEO's 015, on the attack's target.
            claim = f"verb '{verb.lemma_}' +responsibility -> 015"
            found = self._emit(entry.code, entry, sources, targets, attack, when, rule)
            if found:
                return found + self._emit("015", entry, sources, targets, verb, when, claim)
        gerunds = [
            c for host in hosts for p in children(host, ("prep",)) if p.lower_ == "for"
            for c in children(p, ("pcomp",)) if c.tag_ == "VBG"
        ]  # fmt: skip
        for act in gerunds if verb.lemma_.lower() in ("claim", "admit") else []:
            # "claimed responsibility for slaughtering members of the Iraqi security forces"
            match = self._match_verb(act)
            if match is None or match[0].code[:2] not in VIOLENT_ROOTS:
                continue
            targets = [
                a for d in children(act, ("dobj",)) for a in self._target_actors(d, resolver)
            ]
            rule = f"verb '{verb.lemma_}' claims '{act.lemma_}' -> {match[0].code}"
            found = self._emit(match[0].code, match[0], sources, targets, act, when, rule)
            if found:
                claim = f"verb '{verb.lemma_}' +responsibility -> 015"
                one_way = replace(match[0], flags=frozenset())  # (a claim is one-way)
                return found + self._emit("015", one_way, sources, targets, verb, when, claim)
        if any(self._attack_noun(o) is None for o in named):
            return []  # ("took responsibility for the decision": no attack claimed)
        # ("..., killing 45, and Ansar al-Sunna claimed responsibility": its own sentence too)
        own_clause = not named and verb.dep_ != "acl"  # (not "in an attack claimed by IS")
        return self._claimed_earlier_attack(verb, sources, resolver, when, same_sentence=own_clause)

    def _said_another_should(
        self, say: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """Saying another should do something appeals to it (02x), that it must, demands it
        (10x): "Lubbers said Sudan should grant more autonomy to Darfur", "Bush said Syria must
        withdraw its troops from Lebanon" (not "must have used": an inference)."""
        if say.lemma_ not in ("say", "tell") or modality(say) is not None:
            return []
        for clause in children(say, ("ccomp",)):
            auxes = {c.lower_ for c in children(clause, ("aux",))}
            kind = "10" if "must" in auxes else "02" if auxes & {"should", "ought"} else None
            if kind is None or "have" in auxes or is_passive(clause) or (
                clause.lemma_.lower() in NOT_CALLED_FOR
            ):
                continue  # (nor "should be": a judgement; "should be charged": not addressed;
                # "must expect retaliation": a warning)
            dated = at_event_date(resolver, say, when)
            speakers = subject_heads(say)
            sources = [a for h in speakers for a in self._actors(h, dated)]
            homes = {primary(s.code) for s in sources}
            pronouns = {"they", "he", "she"} | (
                {"it"} if all(h.ent_type_ == "PERSON" for h in speakers) else set()
            )  # ("Iran told the EU that it must keep its right": Iran itself)
            told = children(say, ("dobj",)) if say.lemma_ == "tell" and all(
                h.lower_ in pronouns for h in children(clause, ("nsubj",))
            ) else []  # ("told Haiti's military leaders that they must leave power": them)
            targets = [
                a for h in told or subject_heads(clause) for a in self._actors(h, dated)
                if primary(a.code) not in homes
            ]  # fmt: skip (not "the United States must stay the course": one's own side)
            if not sources or not targets:
                return []
            match = self._match_verb(clause)
            negated = bool(children(clause, ("neg",)))  # ("must not release": not asked for)
            about = code_about(kind, match[0].code) if match and not negated else None
            code = about or ("100" if kind == "10" else "020")
            entry = LexEntry(code, say.lemma_, ("obj",), frozenset(), say.lemma_.lower())
            rule = f"'{say.text}' that another {'must' if kind == '10' else 'should'} act -> {code}"
            return self._emit(code, entry, sources, targets, say, when, rule)
        return []

    def _said_to_have_done(
        self, say: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """An armed group saying it carried out an attack claims it (015): "Al-Shabaab fighters
        attacked Camp Simba, ...; the group said it had carried out the raid"."""
        if say.lemma_ not in ("say", "claim") or modality(say) is not None:
            return []
        for clause in children(say, ("ccomp",)):
            claimed = self._claimed_deed(say, clause, resolver, when)
            if claimed:
                return claimed
            done = {clause.lemma_.lower(), *regular_bases(clause.lower_)}  # ("staged" -> "stag")
            if not done & DOING or children(clause, ("neg",)) or any(
                c.dep_ == "aux" and c.lower_ in MODALS | FUTURE for c in clause.children
            ) or not any(
                self._attack_noun(o) is not None and o.tag_ == "NN"
                and not any(c.lower_ in ("more", "further") for c in o.children)
                for o in children(clause, ("dobj",))
            ):  # (not "said it will carry out more bombings": a threat)
                continue
            # (its own subject: ``subject_heads`` gives "it" back as the speaker named)
            doers = children(clause, ("nsubj",)) or subject_heads(clause)
            if not doers or not all(
                d.pos_ == "PRON" or d.lemma_.lower() in BANDS
                or d.lemma_.lower() in OWN_MEN
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in d.children)
                for d in doers
            ):
                continue  # (the speaker's own side, "its fighters"; not "said militants carried
                # out the raid")
            dated = at_event_date(resolver, say, when)
            sources = self._armed_speakers(say, dated)
            # (its own sentence too: "... attacked Camp Simba; the group said it had ...")
            return self._claimed_earlier_attack(
                say, sources, dated, when, same_sentence=True
            ) if sources else []
        return []

    def _armed_speakers(self, say: Token, resolver: Resolver) -> list[ActorRef]:
        """The armed groups (or transnational militants) that a speech verb's subject names."""
        return [
            a for h in subject_heads(say) for a in self._actors(h, resolver)
            if a.code[3:6] in ARMED_GROUP_ROLES or a.code.startswith("IMG")
        ]  # fmt: skip

    def _claimed_deed(
        self, say: Token, clause: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """An armed group saying it did an attack or abduction itself claims it (015, toward
        the victims' state): "The Taliban said they had abducted two German engineers"; the
        deed is coded from the clause as told."""
        if clause.pos_ != "VERB" or children(clause, ("neg",)) or not any(
            c.dep_ == "aux" and c.lower_ in ("had", "have", "has") for c in clause.children
        ) or modality(clause) not in (None, "reported"):
            return []
        doers = [
            next(iter(prep_objects(d, {"of"})), d) if d.pos_ == "NUM" else d
            for d in children(clause, ("nsubj",))
        ]  # ("two of its men")
        if not doers or not all(
            d.lower_ in ("they", "it", "we") or (
                d.lemma_.lower() in OWN_MEN
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in d.children)
            ) for d in doers
        ):
            return []
        cand = self._verb_candidate(clause, set())
        if cand is None or cand.root not in ("18", "19", "20") or cand.entry.code == "192":
            return []  # (not "said it had captured the town": a gain, no attack to claim)
        dated = at_event_date(resolver, say, when)
        sources = self._armed_speakers(say, dated)
        if not sources:
            return []
        self._verb_roles(cand, dated, set())
        if not self._verb_targets(cand, dated):
            return []
        homes = {primary(s.code)[:3] for s in sources}
        victims = list(dict.fromkeys(
            t.code[:3] if country_of(t.code) else t.code for t in cand.targets
        ))  # fmt: skip
        # ("two German engineers and five Afghans": the foreign victims' state, if any)
        victims = [v for v in victims if v not in homes] or victims
        targets = [replace(cand.targets[0], code=code) for code in victims]
        entry = LexEntry("015", say.lemma_, ("obj",), frozenset(), say.lemma_.lower())
        rule = f"'{say.text}' it had done '{clause.text}' -> 015"
        return self._emit("015", entry, sources, targets, say, when, rule)

    def _claimed_earlier_attack(
        self, verb: Token, sources: list[ActorRef], resolver: Resolver, when: dt.date | None,
        same_sentence: bool = False,
    ) -> list[Event]:
        """A claim that names no attack of its own sentence claims the one told just before:
        "A car bomb killed 10 policemen in Baghdad. Zarqawi's group claimed responsibility"
        (015 on its victims; and the attack, the claimant's, when the text named no doer)."""
        told = verbs_told_before(verb, same_sentence)
        passed = False  # an attack of the claim's own sentence passed over for want of a target
        for attack in reversed(told):
            cand = self._verb_candidate(attack, set())
            if cand is None or cand.root not in ("18", "19", "20"):
                continue
            if cand.reason is not None or (passed and attack.sent != verb.sent):
                return []  # (not an attack told before the one its own sentence tells)
            dated = at_event_date(resolver, attack, when)
            self._verb_roles(cand, dated, set())
            doers = {
                a.code for h in cand.source_heads if any(
                    t.i in dated.index and dated.index[t.i].kind != "agent" for t in h.subtree
                ) for a in dated.actors(h)
            }  # fmt: skip (not "a suicide bomber", "gunmen": whose, the claim says)
            if not self._verb_targets(cand, dated) or not cand.targets:
                if doers or (attack.tag_ == "VBG" and attack.dep_ in ("advcl", "xcomp")):
                    continue  # ("Israel sealed off the West Bank": no one's to claim; "blew up
                    # a bus, killing at least 23": the attack its clause hangs on)
                if attack.sent != verb.sent:
                    return []  # ("militants opened fire in a market": the attack claimed)
                passed = True
                continue
            if doers - {s.code for s in sources}:
                return []  # ("Russian troops killed 20 rebels. Basayev claimed responsibility":
                # a deed whose doer was named is no one else's to claim)
            named = bool(doers)  # ("a suicide bomber" is no one named: the claimant's man)
            cand.sources = sources
            code = self._verb_code(cand, dated, set())
            if code is None:
                return []
            entry = cand.entry
            rule = f"verb '{verb.lemma_}' claims the '{attack.lemma_}' told before -> {code}"
            claim = f"verb '{verb.lemma_}' the attack told before -> 015"
            # (the attack itself is coded already when the text named its doers: "Gunmen
            # attacked a police post")
            found = [] if named else self._emit(code, entry, sources, cand.targets, attack,
                                                when, rule)
            claimed = replace(entry, flags=frozenset())  # (a claim is one-way, and one: on
            # the attack's first victims)
            return found + self._emit("015", claimed, sources, cand.targets[:1], verb, when, claim)
        return []

    def _refine(self, entry: LexEntry, verb: Token, sources: list[ActorRef]) -> str:
        code = entry.code
        if code[:2] in FORCE_ROOTS and test_fired(verb):
            return "150"  # "test-fired a missile": a show of force, not an attack
        if entry.pattern == "attack" and not (sources and all(
            s.code[3:6] in {"MIL", "COP"} | ARMED_GROUP_ROLES for s in sources
        )) and any(
            p.lower_ in ("for", "over") and (children(p, ("pcomp",)) or any(
                o.lemma_.lower() not in SPANS_OF_TIME for o in children(p, ("pobj",))
            )) for p in children(verb, ("prep",))
        ):
            return "111"  # "attacked Bush for his handling of the war": words, for a reason
        if "phone" in entry.flags and any(t.lemma_.lower() in PHONE_WORDS for t in verb.subtree):
            code = "041"
        military = entry.flag_value("mil")
        if military and sources and all(
            s.code.endswith("MIL") or s.code.startswith("IGO") for s in sources
        ):
            code = military  # (an alliance's bombs too: "NATO aircraft bombed")
        elif military and entry.part_of_speech == "noun" and sources and all(
            country_of(s.code) and s.code[3:6] in ("", "GOV") for s in sources
        ):
            code = military  # "the US bombing of Laos": a state's bombs fall from its aircraft
        policing = entry.flag_value("cop")
        if policing and entry.lemma == "charge" and any(
            (self._protesting(h) or h.lemma_.lower() in ("crowd", "student"))
            and not children(h, ("nummod",))
            for h in children(verb, ("dobj",))
        ) and not prep_objects(verb, {"over", "for", "with"}) and not any(
            c.lower_ == "connection" for c in verb.subtree
        ):  # (not "charged five protesters over the violence": in court)
            policing = None  # "riot police charged stone-throwing protesters": no court
            if sources and all(s.code[3:6] in ("COP", "MIL") for s in sources):
                code = "175"
        if policing and sources and all(s.code[3:6] in ("COP", "JUD", "SPY") for s in sources):
            code = policing  # "prosecutors raided Samsung's headquarters", "US agents raided the
            # homes of five people": a search
        if code in ("1721", "191") and sources and all(
            s.code[3:6] in ("CVL", "OPP") for s in sources
        ):
            # "protesters blocked access to parliament", "villagers besieged a military camp":
            # an obstruction
            code = "144"
        if code == "173" and entry.lemma == "charge" and sources and all(
            s.code[3:6] in ("OPP", "CVL", "MED") or s.code[:3] == "NGO" for s in sources
        ):
            # "opposition candidates charged the government with fraud": no court (but an
            # IGO's tribunal or mission may indict)
            code = "112"
        if code == "130":
            # "threatened Seoul with military action", "... with sanctions"
            means = {
                w.lemma_.lower() for o in prep_objects(verb, {"with"}) for w in o.subtree
            }
            if means & THREAT_OF_FORCE:
                code = "138"
            elif means & THREAT_OF_SANCTIONS:
                code = "1312"
        if entry.lemma == "warn" and code == "012" and any(
            c.dep_ == "aux" and c.lower_ in ("must", "should")
            and not any(a.lemma_ == "have" for a in children(x, ("aux",)))
            for x in children(verb, ("ccomp",)) for c in x.children
        ):  # (not an inference: "warned that Syria must have used chemical weapons")
            code = "100"  # "the EU must be sure it can absorb Turkey, Schuessel warned"
        if entry.lemma == "tell" and code == "010" and any(
            c.dep_ == "aux" and c.lower_ == "to" for x in children(verb, ("xcomp",))
            for c in x.children
        ) and not any(
            o.lemma_.lower() in PEOPLE_WORDS or (o.tag_ in ("NNP", "NNPS") and o.lower_[-1] == "s")
            for o in children(verb, ("dobj",))
        ):  # (not advice to a people: "told Britons to prepare for a no-deal Brexit")
            code = "100"  # "Bush told Musharraf to hold elections": an order, not a statement
        if code in ("150", "154") and (aid := aid_sent(verb)):
            # "sent 100 police and soldiers to help restore order", "sent troops to help the
            # government fend off a rebel offensive": protection (or relief)
            code = aid
        if code == "143" and entry.lemma == "walk":
            # "walked out of the talks" halts negotiations; "of parliament", a protest
            left = {o.lemma_.lower() for o in prep_objects(verb, {"of"})}
            code = "164" if left & WITHDRAWN_PROCESSES else "140" if left else code
        if (code[:2] in ("18", "19") or code == "1712") and sources and all(
            last_word(s.text).rstrip("s") in PROTESTERS for s in sources
        ):
            code = "145"  # "protesters stormed the president's residence": a violent protest
        elif entry.lemma == "storm" and sources and all(
            s.code[3:6] in ("CVL", "OPP") and last_word(s.text) not in ARMED_WORDS
            for s in sources
        ):  # (not "opposition forces stormed Gaddafi's compound": an assault)
            code = "145"  # "supporters of Donald Trump stormed the Capitol": a riot
        if code == "0874":
            # "pulled out of the government", "withdrew from the talks": leaving a body or a
            # process reduces relations (16x); leaving a place is a military retreat
            left = {o.lemma_.lower() for o in prep_objects(verb, {"of", "from"})}
            if left & WITHDRAWN_PROCESSES:
                code = "164"
            elif left & WITHDRAWN_BODIES:
                code = "160"
            elif sources and all(s.code.startswith("NGO") for s in sources):
                code = "1663"  # "the Red Cross pulled out of Chechnya": an aid agency leaving
        if code[:2] in FORCE_ROOTS or code == "175":
            if any(is_chemical_weapon(u) for u in children(verb, ("dobj",)) + prep_objects(
                verb, {"with"}
            )):
                code = "2041"  # "dropped poison gas on Halabja", "released sarin"
            elif entry.lemma in KILLING and any(
                t.dep_ == "dobj" and is_multitude(t) and not is_combatants(t)
                for t in verb.children
            ):
                code = "202"  # "killed hundreds of people": a mass killing (not "100 militiamen")
        if code == "060" and entry.part_of_speech == "noun":
            # "gas supplies to Ukraine", "deliveries of tanks to Egypt": by what is supplied
            goods = {t.lemma_.lower() for t in verb.subtree}
            for refined, supplied in SUPPLIED_GOODS.items():
                if goods & supplied:
                    code = refined
                    break
        if code in ("180", "190", "202") and entry.part_of_speech == "verb":
            # "killed four soldiers with a roadside bomb", "killed two militants in an air
            # strike": the means names the kind of attack
            # (or by the bomb that did it: "car bombs exploded, killing 100", "were killed
            # when a bomb hit their convoy")
            bombs = [
                h for h in subject_heads(verb) + self._attacker_of(verb)
                if h.lemma_.lower() == "bomb"
            ]  # fmt: skip
            attack = verb
            while attack.dep_ == "conj":
                attack = attack.head
            match = self._match_verb(attack.head) if (
                attack.dep_ == "advcl" and attack.tag_ == "VBG"
            ) else None
            bombing = match is not None and match[0].code[:3] == "183"
            if bombing:
                # "detonated a car bomb near a checkpoint, killing three": the bombing killed
                code, bombs = match[0].code, []
            means_found = [] if bombing else prep_objects(verb, {"with", "in", "during"}) + [
                o for d in children(verb, ("dobj",)) for o in prep_objects(d, {"with"})
            ]  # (the parser may hang "with a roadside bomb" on the object)
            if bombs and all(
                country_of(s.code) and s.code[3:6] in ("", "MIL", "GOV") for s in sources
            ):
                # "U.S. bombs killed 20 civilians": a state's bombs fall from its aircraft
                code, bombs = "195", []
            for means in means_found + bombs:
                kind = self.lexicon.noun_entry(means)
                if code == "202" and means.lemma_.lower() != "bomb":
                    continue  # (a massacre stays one, unless bombs did it)
                if means.lemma_.lower() == "bomb":
                    kinds = {m.lemma_.lower() for m in means.children}
                    code = next((c for word, c in BOMB_KINDS.items() if word in kinds), "183")
                    break
                if kind is not None and kind.code[:2] in FORCE_ROOTS and kind.code != "190":
                    code = kind.code
                    break
        if code in ("190", "194") and "sym" not in entry.flags and sources and all(
            s.code.endswith("MIL") for s in sources
        ) and any(h.lemma_.lower() in WARPLANES for h in subject_heads(verb)):
            code = "195"  # "Israeli jets kept pounding Hezbollah": from the air
        if not (code[:2] in ("18", "19") or code == "202") or not sources:
            return code
        bombers = all(
            "bomber" in s.text.lower() and not s.code.endswith("MIL") for s in sources
        )  # (not "U.S. B-2 bombers": aircraft)
        named = [] if any(
            "bomber" in s.text.lower() or s.code.endswith("MIL") for s in sources
        ) else [
            h for h in subject_heads(verb) if h.lemma_.lower() == "bomber"
        ]  # (the claimers standing for the bomber; not "U.S. B-2 bombers")
        if bombers or named:
            # an attack by a bomber is a bombing: "a suicide car bomber attacked a convoy" (also
            # when the attack's claimers stand for the bomber: "a suicide bomber killed 56 ...
            # in an attack claimed by Islamic State")
            texts = [s.text for s in sources] if bombers else [
                " ".join(t.text for t in h.subtree) for h in named
            ]
            code = "1831" if all("suicide" in t.lower() for t in texts) else "183"
        return code

    # -- nouns -------------------------------------------------------------------------------
    def _code_noun(
        self, noun: Token, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        entry = self.lexicon.noun_entry(noun)
        if entry is None and noun.lower_ in SEIZED_PARTICIPLES and noun.dep_ in (
            "amod", "compound"
        ):
            entry = self.lexicon.named_noun("hostage")  # "kidnapped aid worker Margaret Hassan"
        if entry is None:
            return []
        if entry.flag_value("src") == "holder":
            # (whatever the clause says of them: "threatened to kill three UN hostages")
            return self._captivity(noun, entry, at_event_date(resolver, noun, when), when)
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in PLANS:
            return self._planned_act(noun, entry, at_event_date(resolver, noun, when), when)
        asking = entry.flag_value("ask")
        if asking and (prep_objects(noun, {"for"}) or any(
            c.tag_ == "VB" for c in children(noun, ("acl",))
        )):
            # "calls for a ceasefire", "calls to step down": an appeal, not a phone call
            entry = replace(entry, code=asking, flags=frozenset())
        own_clause = clause_verb(noun)
        reason = modality(own_clause) if own_clause is not None else None
        if reason == "negated" and noun.dep_ in ("nsubj", "nsubjpass"):
            reason = None  # "the war has not made the world safer": the war still happened
        framing_future = reason in ("future", "scheduled") and noun.dep_ == "pobj" and (
            noun.head.lower_ in DURING
        )  # ("will meet Uribe during his visit next week": the visit is to come too)
        if reason and entry.code[:2] not in UNPRESUPPOSED and presupposed(noun) and (
            self._owner_is_doer(noun, resolver)
        ) and not framing_future:
            # "told Syria to end its crackdown": the crackdown is under way
            reason = None
        if reason and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") and (
            told_in_past(noun)
        ):
            reason = None  # "Libya agreed to scrap its programmes after secret talks with ..."
        if reason in FRAMED_REASONS and noun.dep_ == "pobj" and noun.head.lower_ == "during" and (
            presupposed(noun) and any(
                c.dep_ == "poss" and (c.pos_ == "PRON" or c.i in resolver.index)
                for c in noun.children
            )  # (not "during this year's protests")
        ):
            reason = None  # "asked followers to kill Bush during his visit": the visit was made
        visited_from = None
        if reason in FRAMED_REASONS and entry.code == "042" and noun.dep_ == "pobj" and (
            noun.head.lower_ in DURING | {"on"} and not visit_is_argument(noun)
        ):
            # "urged Saudi Arabia to raise output during a visit to Riyadh": the parser hangs
            # the visit on the infinitive; it was made by the one urging
            top = own_clause
            while top.dep_ in ("xcomp", "advcl") and modality(top) in FRAMED_REASONS:
                top = top.head
            if top is not own_clause and modality(top) is None and top.tag_ == "VBD":
                reason, visited_from = None, top  # (not "hopes to sign ... during a visit")
        if reason and entry.code[:2] not in ("03", "13"):
            return []
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
            return []
        if awaited(noun):
            return []  # "help the Palestinians prepare for an Israeli withdrawal": still to come
        pending = {
            c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")
        } & NOT_YET - {"new"}
        if pending and entry.code[:2] not in ("03", "13"):
            # "Obama's planned visit to Israel": an intent to visit (036), not a visit; "the
            # threatened sanctions": a threat
            kind = "13" if pending == {"threatened"} else "03"
            about = code_about(kind, entry.code)
            if about is None:
                return []
            entry = replace(entry, code=about)
        if entry.code == "057" and noun.dep_ == "pobj" and noun.head.lower_ in (
            "on", "over", "about", "toward", "towards"
        ) and noun.head.head.lemma_.lower() in HOSTED_GATHERINGS | {"negotiate", "work"}:
            return []  # "talks on a new partnership pact": the deal is still to be made
        if entry.code[:2] in COOPERATIVE_ROOTS and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDING
            or noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of")
            and noun.head.head.lemma_.lower() in ENDING
        ):
            return []  # "Chad ended its defence cooperation agreement with France": the end is
            # the event, not the agreement of years before
        if entry.code[:2] == "16" and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDING | LIFTING
            or noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of")
            and noun.head.head.lemma_.lower() in ENDING | LIFTING
        ):
            return []  # "ended the U.S. trade embargo on Libya", "an end to the EU embargo":
            # the easing is the event (the verb's), not the sanction of years before
        asker = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "dobj" and asker.lemma_.lower() in CONSIDERING:
            # "the Commission is weighing anti-dumping duties on Chinese steel"
            entry = replace(entry, code="014", flags=entry.flags - {"sym"})
        elif (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "for")) and (
            asker.lemma_.lower() in WANTING_HEADS
        ):
            # "demanded an immediate ceasefire", "called for talks": asked for, not declared
            # (not "told the Arab League during a visit to Egypt")
            return []
        resolver = at_event_date(resolver, noun, when)
        sources: list[ActorRef] = []
        source_of = entry.flag_value("src") == "of"
        owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
        role_word = False
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ in OWN_PRONOUNS:
                # "Israel ended its assault on Gaza": its is the clause's subject; elsewhere
                # "its" points back at the last state named ("... in its war against Hamas")
                clause = noun.head if noun.dep_ == "dobj" else None
                if clause is not None and child.lower_ in ("his", "her") and not any(
                    self._names_one_person(h, resolver) for h in subject_heads(clause)
                ):
                    clause = None  # "the Council voted to refer his crackdown": not its own
                if entry.code[:2] in ("17", "18") and noun.lemma_.lower() in UNDERGONE and not (
                    prep_objects(noun, {"of"})
                ):
                    continue  # "Navalny denounced his arrest": he underwent it (not "its arrest
                    # of Navalny")
                if clause is not None and clause.pos_ in ("VERB", "AUX"):
                    sources.extend(a for h in subject_heads(clause) for a in resolver.actors(h))
                else:
                    sources.extend(resolver.actors(child))
            elif is_anti(child):
                continue  # "anti-Japanese protests": whom they are against, below
            elif child.dep_ == "amod" and owned and self._role_word(child, resolver):
                role_word = True  # "Israel's military offensive": Israel's military, below
            elif child.dep_ == "poss" or (child.dep_ == "amod" and child.pos_ in ("ADJ", "PROPN")):
                sources.extend(self._modifier_actor(child, resolver))
            elif child.dep_ == "amod":
                sources.extend(self._leader_of(child, resolver))
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                # ("a UN plea", "an EU offer": an appeal or offer names its author)
                addressed = entry.code[:2] in ADDRESSED_ROOTS
                sources.extend(self._modifier_actor(
                    child, resolver, adjective_only=not addressed,
                    forceful=entry.code[:2] in FORCE_ROOTS | {"16", "17"},
                ))
        if role_word:
            owners = {s.code[:3] for s in sources}
            whole = resolver.actors(noun)
            if whole and {a.code[:3] for a in whole} <= owners:
                sources = whole
        root = entry.code[:2]
        reaction = noun.dep_ == "dobj" and noun.head.lemma_.lower() in REACTIONS
        # "calls from the US"; "drew condemnation from China"
        despite = noun.dep_ == "pobj" and noun.head.lower_ == "despite"
        authors = {"by", "from"} if root in ADDRESSED_ROOTS or reaction or despite else {"by"}
        sources += [a for o in prep_objects(noun, authors) for a in resolver.actors(o)]
        if despite and root == "14" and sources and all(
            s.code[3:6] in ("", "GOV", "ELI") for s in sources
        ):
            # "despite protests from Hugo Chavez": a leader's or state's words, not a
            # demonstration (unions' and villagers' protests are)
            entry = replace(entry, code="111")
            root = "11"
        if reaction and not sources:
            # (the parser may hang "from China" on the verb)
            sources = [a for o in prep_objects(noun.head, {"from"}) for a in resolver.actors(o)]
        if entry.code == "014":
            # the one considering, not the owner: "Britain is considering American sanctions"
            sources = [a for h in subject_heads(asker) for a in resolver.actors(h)]
            if not sources:
                return []
        if entry.flag_value("src") == "self":
            # "the kidnappers of an American journalist in Iraq": the doers, of the place where
            # it happened (the victim's nationality is not theirs)
            places = [t for t in noun.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"]
            here = self._places_named(places, resolver)[:1] or (
                self._location_country(own_clause, resolver, objects=False) if own_clause else []
            )
            sources += placed_roles(here[0].code[:3] if here else None, [noun], resolver)
        if source_of:
            sources += [a for o in prep_objects(noun, {"of"}) for a in resolver.actors(o)]
        targets: list[ActorRef] = []
        # "attacks by Arab militia on civilians": the parser may hang the target on the doer
        doers = prep_objects(noun, {"by"})
        for spec in entry.targets:
            if spec == "of" and source_of:
                continue
            if spec != "obj":
                for head in prep_objects(noun, {spec}) or [
                    o for d in doers for o in prep_objects(d, {spec})
                ]:
                    # ("tariffs on Mexican goods", "sanctions on Iranian oil": on its owner)
                    found = resolver.actors(head)
                    targets.extend(found or (self._owners(head, resolver) if root == "16" else []))
        if entry.flag_value("src") == "self" and not targets:
            return []  # "killed by his captors": the captors' own victim is another event's
        clause = visited_from or (noun.head.head if noun.dep_ == "pobj" else noun)
        # "Macron urged Xi during talks in Beijing": the talks were with the one addressed
        # (an actor itself, not an act of theirs: "rejected the students' demands during talks";
        # and only one spoken to: "killed a commander during peace talks" met no one)
        addressed = []
        if "sym" in entry.flags and clause.pos_ in ("VERB", "AUX"):
            match = self._match_verb(clause)  # (only for talk nouns: the lexicon lookup costs)
            if match is not None and match[0].code[:2] < "14":
                objects = children(clause, ("dobj", "dative"))
                addressed = [h for h in objects if h.i in resolver.index]
        joint = root == "06" and any(c.lower_ == "joint" for c in noun.children)
        travelled_for = noun.head.lower_ == "for" and targets and root == "04" and (
            clause.lemma_.lower() in TRAVELLING
        )  # ("flew to Beijing for talks with Hu Jintao": the talks are the traveller's)
        back_from = noun.head.lower_ == "from" and clause.lemma_.lower() == "return"
        if not sources and noun.dep_ == "pobj" and (
            noun.head.lower_ in DURING or travelled_for or back_from
            or (noun.head.lower_ in ("in", "at", "on") and (targets or addressed or joint))
            or (noun.head.lower_ == "on" and entry.code == "042" and not visit_is_argument(noun))
            or (noun.head.lower_ == "under" and entry.code == "057" and targets and any(
                c.lower_ in ("a", "an") for c in noun.children
            ) and not any(
                c.like_num or c.lower_ in EARLIER for c in noun.children
            ))  # ("freed him under a deal with Jordan"; not "under the peace deal", "under a
            # 1994 deal": one made before)
        ):  # ("praised Tsipras on her first visit to Athens"; "returned from a visit to";
            # "addressed parliament on a visit": its place tells where)
            # "told the Arab League during a visit to Egypt": the visitor is the subject; "is
            # in talks with Russia", "at a meeting with Holbrooke": so is the one talking; "in
            # a joint operation with the Congolese army": so is the one operating
            if clause.pos_ in ("VERB", "AUX") and (root == "04" or joint or entry.code == "057"):
                # ("handed back their weapons under a deal with the government": a party to it;
                # "were freed by Israel under a deal": the one who freed them)
                doers = subject_heads(clause) if root == "04" or not is_passive(clause) else [
                    o for a in children(clause, ("agent",)) for o in children(a, ("pobj",))
                ]
                sources = [a for h in doers for a in resolver.actors(h)]
                if not targets:
                    own = {a.code for a in sources}
                    targets = [
                        a for h in addressed for a in resolver.actors(h) if a.code not in own
                    ]
        if not targets and entry.code == "042" and sources and noun.dep_ == "pobj" and (
            noun.head.lower_ in DURING or (
                noun.head.lower_ == "on" and not prep_objects(noun, {"by"})
                and not visit_is_argument(noun) and modality(clause) is None
            )  # (not "insisted on a visit by U.N. inspectors": only demanded)
        ) and clause.pos_ in ("VERB", "AUX"):
            # "signed a defence pact in Colombo during a visit by Modi", "addressed Nigeria's
            # parliament on a visit": where the clause is
            homes = {s.code[:3] for s in sources}
            targets = [
                t for t in self._location_country(clause, resolver, objects=False)
                if t.code[:3] not in homes
            ]  # fmt: skip
            start, end = self._dateline
            if not targets and end and noun.doc._.dateline not in homes | {None} and (
                noun.sent.start_char <= end < noun.sent.end_char
            ):  # ("ABUJA - Hu Jintao addressed parliament on a visit": the lead's place)
                targets = [self._dateline_place(noun.doc)]
        if not targets and reaction and sources:
            # "Abe visited the Yasukuni shrine, drawing condemnation from China": the one who
            # did what drew it (a participle's is its clause's subject)
            drawer = noun.head
            if drawer.dep_ in ("advcl", "conj") and not subject_heads(drawer):
                drawer = drawer.head
            targets = [a for h in subject_heads(drawer) for a in self._target_actors(h, resolver)]
        if not targets and sources and root in ("11", "14") and despite and (
            noun.head.head.pos_ in ("VERB", "AUX")
        ):
            # "signed the agreement despite protests from Chavez": against the one who did it
            targets = [
                a for h in subject_heads(noun.head.head) for a in self._target_actors(h, resolver)
            ]  # fmt: skip
        if not targets and entry.code[:2] in ("11", "12", "13"):
            # "accusations by King Abdullah that Tehran wanted to influence the elections"
            clauses = [c for c in children(noun, ("acl", "ccomp")) if children(c, ("mark",))]
            targets = [a for c in clauses for h in subject_heads(c) for a in resolver.actors(h)]
        # ("defended itself against accusations by Ivory Coast": an answer through "against")
        answer = noun.head if noun.dep_ == "dobj" else noun.head.head if (
            noun.dep_ == "pobj" and noun.head.lower_ == "against"
        ) else None  # fmt: skip
        if not targets and root in ADDRESSED_ROOTS and answer is not None:
            # "Pakistan welcomed India's offer", "Maduro rejected calls from the US to step
            # down": an act answered is one addressed to the one who answers
            if is_response(answer):
                # ("defended Mugabe against criticism from Britain": the criticism is of Mugabe)
                defended = [
                    o for o in children(answer, ("dobj",))
                    if o.i != noun.i and o.lower_ not in REFLEXIVES
                ]  # fmt: skip
                answering = [
                    a for h in defended or subject_heads(answer) for a in resolver.actors(h)
                ]  # fmt: skip
                # (one's own state's answer is not addressed to oneself; a government does
                # answer its army: "Sharon rejected his army's request")
                authors_of = {s.code for s in sources} | {
                    s.code[:3] for s in sources if s.code[3:] in ("", "GOV")
                }
                targets = [
                    a for a in answering
                    if a.code not in authors_of and not (
                        a.code[3:] in ("", "GOV") and a.code[:3] in authors_of
                    )
                ]  # fmt: skip
        named = any(
            resolver.index[t.i].kind != "agent" for t in noun.subtree
            if t.i < noun.i and t.i in resolver.index
        ) or any(c.dep_ == "poss" for c in noun.children)
        if not targets and sources and named and entry.code[:2] in FORCE_ROOTS:
            # "its assault in the Gaza Strip", "the US-led war in Iraq": where it was fought (a
            # named attacker's; "terrorist attacks in Russia" name no one)
            # ("US air strikes on Fallujah", "around Fallujah": the place's)
            struck = STRUCK_PLACE_PREPS | ({"of"} if "of" in entry.targets else set())
            targets = self._places_named(prep_objects(noun, struck), resolver, with_of=True)
        if not targets and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFERED:
            # "a Hamas leader survived an Israeli assassination attempt": the survivor was hit
            targets = [a for h in subject_heads(noun.head) for a in resolver.actors(h)]
        if "sym" in entry.flags and not sources:
            # "clashes that broke out between ...", "clashes flared in Najaf between ..." (the
            # parser's acl), "fighting in Darfur between the government and rebels"
            hosts = [noun] + children(noun, ("relcl", "acl")) + prep_objects(noun, {"in"})
            if noun.dep_ in ("nsubj", "nsubjpass", "conj"):
                # "talks have begun between Labour and Sharon", "bombings and battles between
                # US troops and militants"
                hosts.append(noun.head)
            between = [o for host in hosts for o in prep_objects(host, {"between"})]
            sources = [a for o in between for a in resolver.actors(o)]
        pact_of_doers = entry.code == "057" and noun.dep_ == "pobj" and (
            noun.head.lower_ in ("with", "in", "through")  # (not "under an agreement": older)
        )
        settled = clause.lemma_.lower() in SETTLING or (
            clause.lemma_.lower() == "put" and any(o.lower_ == "end" for o in clause.children)
        )  # ("put an end to their quarrels with a treaty"; not "disagreed with the deal")
        if "sym" in entry.flags and not sources and pact_of_doers and settled and (
            children(noun, ("det", "poss"))
        ) and any(
            children(h, ("conj",)) for h in subject_heads(clause)
        ):  # (not "were in full agreement on the need to ...")
            # "Kyrgyzstan and Uzbekistan put an end to their quarrels with a treaty": the pact
            # of those who did it together
            sources = [a for h in subject_heads(clause) for a in resolver.actors(h)]
        if "sym" in entry.flags and not sources and len(self._compound_actors(noun, resolver)) > 1:
            sources = self._compound_actors(noun, resolver)
        if root == "14" and not targets:
            sources, targets = self._protest_sides(noun, sources, resolver)
        if not sources and targets and entry.code in STATE_ACTS and entry.code != "063" and (
            noun.dep_ in ("pobj", "nsubj", "nsubjpass", "conj") or (
                noun.dep_ == "dobj" and noun.head.lemma_.lower() in JUDGING_VERBS | {"declare"}
            )
        ) and (noun.lemma_.lower() != "capture" or all(
            t.code[3:6] in ARMED_GROUP_ROLES for t in targets
        )) and not doers and not (
            noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to")
        ):
            # "protests followed the arrest of opposition leader Ayman Nour in Cairo": only a
            # state's police or courts arrest and try. (Not a light verb's object: "a court
            # unsealed an indictment" is the court's; but "condemned the arrest of" is another's.
            # Not captures, mostly by foes, but of a state's own rebels; not behind a "by" that
            # names no one; not "in
            # exchange for the capture" or "leading to the arrest": not done.)
            sources = self._state_at_home(noun, entry.code, targets, resolver)
        code = self._refine(entry, noun, sources)
        if code in ("180", "182", "190", "193") and sources and targets and all(
            s.code[3:6] in ("COP", "MIL") for s in sources
        ) and all(t.code[3:6] in ("CVL", "OPP") for t in targets) and (
            {s.code[:3] for s in sources} == {t.code[:3] for t in targets}
        ) and any(self._protesting(o) for o in prep_objects(noun, {"on", "against"})):
            code = "175"  # "the army's assault on unarmed demonstrators": repression
        if code == "143" and self._boycotts_talks(noun):
            code = "164"  # "resumed after a 24-hour boycott by rebels": of the talks
        if code in ("020", "030", "100"):
            code = self._asked_for(noun, None, root) or code
        rule = f"noun '{entry.pattern}' -> {code}"
        return self._emit(code, entry, sources, targets, noun, when, rule, dated=resolver)

    def _planned_act(
        self, noun: Token, entry: LexEntry, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """An act named as what a plan is for: "Sharon's Gaza pullout plan" is Israel's intent
        to withdraw from Gaza (the plan's owner intends it; a place before the act is where)."""
        plan = noun.head
        code = code_about("03", entry.code)
        if code is None:
            return []
        sources = [a for c in children(plan, ("poss",)) for a in resolver.actors(c)]
        places = [c for c in children(plan, ("compound",)) if c.i < noun.i] + [
            c for c in children(noun, ("compound",))
        ]
        owners = {s.code[:3] for s in sources}
        targets = [t for t in self._places_named(places, resolver) if t.code[:3] not in owners]
        rule = f"noun '{entry.pattern}' of a '{plan.lemma_}' -> {code}"
        return self._emit(code, entry, sources, targets, noun, when, rule, dated=resolver)

    def _owner_is_doer(self, noun: Token, resolver: Resolver) -> bool:
        """Whether an event noun's owner is named ("Israel's assault") or, as a pronoun, is
        the subject it refers to ("Turkey agreed to pause its offensive")."""
        owner = next(c for c in noun.children if c.dep_ == "poss")
        if owner.tag_ != "PRP$":
            return True
        clause = clause_verb(noun)
        subjects = {
            a.code for h in (subject_heads(clause) if clause is not None else [])
            for a in resolver.actors(h)
        }  # fmt: skip
        return any(a.code in subjects for a in resolver.actors(owner))

    @staticmethod
    def _boycotts_talks(noun: Token) -> bool:
        """Whether a boycott is of negotiations: "a boycott of the talks", "talks resumed after
        a boycott by the rebels"."""
        boycotted = {o.lemma_.lower() for o in prep_objects(noun, {"of"})}
        clause = clause_verb(noun)
        subjects = {s.lemma_.lower() for s in subject_heads(clause)} if clause else set()
        return bool((boycotted | subjects) & WITHDRAWN_PROCESSES)

    def _captivity(
        self, noun: Token, entry: LexEntry, resolver: Resolver, when: dt.date | None
    ) -> list[Event]:
        """Hostages a text names are held by someone, a captivity under way (181): "militants
        threatening to kill three UN hostages", "two French reporters held hostage in Iraq". The
        captors are those the hostages are said to be held by or the armed subject of their
        clause, else the insurgents of the place where they are held; a hostage no one can be
        placed as holding is not coded, nor one whose captivity is denied or over."""
        # the people the word names as held: "British hostage Ken Bigley", "a kidnapped Briton"
        person = noun.head if noun.dep_ in ("compound", "amod") and (
            noun.lower_ in SEIZED_PARTICIPLES or noun.head.pos_ == "PROPN"
        ) and noun.head.pos_ in ("NOUN", "PROPN") else None
        while person is not None and person.dep_ == "compound" and person.head.pos_ in (
            "NOUN", "PROPN"
        ):
            person = person.head  # "Kidnapped Italian journalist Giuliana Sgrena was freed"
        if (noun.dep_ == "compound" and person is None) or any(
            c.lower_ in ("former", "freed", "no") or c.dep_ == "neg" for c in noun.children
        ):
            return []  # "hostage talks", "a former hostage", "there were no hostages"
        anchor = person or noun
        if anchor.dep_ == "npadvmod" or anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and (
            anchor.head.head.pos_ == "NOUN"
            and (self.lexicon.noun_entry(anchor.head.head) is not None
                 or anchor.head.head.lemma_.lower() in ENDED_LIVES)
        ):
            # "the deaths of 12 Nepalese hostages", "the release of all hostages" (not "the
            # family of a Briton held hostage"); nor a misparse ("a hostage facing execution")
            return []
        clause = clause_verb(anchor)
        asserting = clause is not None and clause.lemma_.lower() in HOLDING
        if asserting and modality(clause) in DENIED:
            # "officials denied that insurgents were holding hostages" (but "hoped that two
            # French hostages would be freed" presupposes them)
            return []
        fate = anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "nsubj") else None
        if fate is not None and fate.lemma_.lower() in ("take", "hold"):
            fate = None  # (being taken or held is the captivity itself)
        if fate is not None and modality(fate) is None and (
            fate.lemma_.lower() in ESCAPES or (
                (match := self._match_verb(fate)) is not None
                and match[0].code[:2] in FORCE_ROOTS | {"08"} and anchor.dep_ != "nsubj"
            )
        ):
            return []  # "beheaded a second American hostage", "hostages escaped": it ended
        held = [anchor]
        holding = noun.head if noun.head.lemma_.lower() in ("hold", "take") and (
            person is None
        ) else None
        if holding is not None:
            # "reporters held hostage", "holding two Italians hostage": the people held
            if holding.dep_ in ("acl", "relcl"):
                # "two French reporters still held hostage in Iraq", "Indians who were taken
                # hostage"
                held = [holding.head]
            elif misread_participle(holding) and holding.lower_ == "held":
                held = [holding.doc[holding.i - 1]]  # the people named right before it
            elif is_passive(holding) or misread_participle(holding):
                held = subject_heads(holding)
            else:
                held = [o for o in children(holding, ("dobj",)) if o.i != noun.i] or held
        targets = [a for h in held for a in resolver.actors(h)]
        captives = {t.code for t in targets}
        # the captors: "held by X", "X's hostages", or the armed subject of their clause
        # ("militants threatening to kill three UN hostages"); not any group the sentence names
        named = prep_objects(holding, {"by"}) if holding is not None else []
        named += children(noun, ("poss",))
        if clause is not None and anchor.dep_ in ("dobj", "pobj"):
            named += subject_heads(clause)
        captors = {
            a.code: a for h in named for a in resolver.actors(h)
            if (a.code[3:6] in ARMED_GROUP_ROLES or a.code.startswith("IMG"))
            and a.code not in captives
        }  # fmt: skip
        sources = list(captors.values())
        if not sources:
            places = prep_objects(holding or noun, {"in"}) + prep_objects(anchor, {"in"})
            here = [r.code[:3] for r in self._places_named(places, resolver)]
            country = here[0] if here else self._hostages_scene(held, targets, resolver)
            if country:
                start, end = noun.idx, noun.idx + len(noun.text)
                sources = [ActorRef(country + "INS", noun.text, start, end, True)]
                # (a hostage placed only by the place is no one: the parse lost the people)
                targets = [t for t in targets if t.code[:3] != country]
        rule = f"{entry.part_of_speech} {entry.pattern!r} -> 181: a captivity under way"
        return self._emit("181", entry, sources, targets, noun, when, rule, dated=resolver)

    def _hostages_scene(
        self, held: list[Token], targets: list[ActorRef], resolver: Resolver
    ) -> str | None:
        """The country where hostages of a nationality the text names are held, when their own
        phrase places them nowhere: the one country their own clause names as a place besides
        theirs ("British hostage Ken Bigley pleaded for his life in Iraq", "in southeast
        Pakistan one of two Chinese hostages died"; not "his brother met officials in Ireland",
        "a video shown on television in Jordan", nor "the captives" whom only the place makes
        someone)."""
        named = self._countries_named(
            (t for h in held for t in h.subtree if t.i <= h.i), resolver
        )  # ("British hostage Ken Bigley", "a kidnapped Briton")
        theirs = {t.code[:3] for t in targets}
        if not theirs or not theirs <= named:
            return None
        person = held[0]
        if person.dep_ == "pobj" and person.head.lower_ == "of" and (
            person.head.head.lemma_.lower() in PARTITIVES | QUANTITY_NOUNS
        ):
            person = person.head.head  # "one of two Chinese hostages ... died"
        if person.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None  # ("the wife of a French hostage spoke in Lebanon")
        places = [
            p for prep in clause_tokens(person.head)
            if prep.dep_ == "prep" and prep.lower_ in SCENE_PREPS
            and not any(a.dep_ in ("acl", "relcl") for a in prep.ancestors
                        if a.i != person.head.i and person.head in a.ancestors)
            for p in children(prep, ("pobj",))
        ]  # fmt: skip (their own clause's place, not "a video shown on television in Jordan")
        scenes = {r.code[:3] for r in self._places_named(places, resolver)} - theirs
        return scenes.pop() if len(scenes) == 1 else None

    def _protest_sides(
        self, noun: Token, sources: list[ActorRef], resolver: Resolver
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        """(sources, targets) of a protest named by a noun with no target: its people against
        their own state. "Student protests in Dhaka", "weeks of anti-government protests" (in
        a sentence about Ethiopia); "anti-Japanese protests" are against Japan."""
        if noun.dep_ == "compound" or prep_objects(noun, {"of"}) or (
            noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.tag_ == "NN"
            and not children(noun, ("det",))
        ):
            return sources, []  # "riot police", "a demonstration of force", "in protest"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LODGING:
            return sources, []  # "lodged a protest": a complaint (114), told by its verb
        if any(c.lower_ in PLANNED for c in noun.children) or (
            noun.dep_ == "pobj" and noun.head.lower_ == "before"
        ):
            # "before a mass rally by the opposition": not yet held ("ahead of" one never gets
            # here: ``awaited``)
            return sources, []
        against = [r for c in noun.children if is_anti(c) for r in resolver.actors(c)] or [
            r for o in prep_objects(noun, {"over", "against"}) for r in self._owners(o, resolver)
        ]  # ("riots over a French plan": against France)
        if not sources and noun.lemma_.lower() in UNNAMED_PROTESTS:
            scene = self._scene_country(noun, resolver)
            if scene is None:
                return [], []
            start, end = noun.idx, noun.idx + len(noun.text)
            # ("opposition rallies in Bishkek", "student protests": the people the noun names)
            roles = [
                role for c in children(noun, ("compound",))
                if c.pos_ == "NOUN" and (role := resolver.bare_role(c)) in PROTESTING_ROLES
            ]  # fmt: skip
            sources = [ActorRef(scene + (roles or ["CVL"])[0], noun.text, start, end, True)]
        if not sources or against:
            return sources, against
        # CAMEO's protests are against the government unless the text names another target
        homes = dict.fromkeys(s.code[:3] for s in sources if country_of(s.code))
        return sources, [ActorRef(c + "GOV", noun.text, noun.idx, noun.idx + len(noun.text), True)
                         for c in homes]

    def _scene_country(self, token: Token, resolver: Resolver) -> str | None:
        """The one country where something named by ``token`` happens: a place it is "in", a
        place of its clause, or else the only country its sentence names."""
        clause = clause_verb(token)
        here = self._places_named(prep_objects(token, {"in", "across", "at"}), resolver)
        if not here and clause is not None:
            here = self._location_country(clause, resolver, objects=False)
        if here:
            return here[0].code[:3]
        named = self._countries_named(token.sent, resolver)
        return named.pop() if len(named) == 1 else None

    def _modifier_actor(
        self, token: Token, resolver: Resolver, adjective_only: bool = False,
        forceful: bool = False,
    ) -> list[ActorRef]:
        mention = resolver.index.get(token.i)
        if mention is None:
            return []
        acronym = token.text.replace(".", "").isupper()
        if adjective_only and mention.kind != "adjective" and not (acronym and forceful):
            # "Istanbul bombing": a place naming where, not who (an acronym is as good as an
            # adjective: "US air strikes", "NATO raids")
            return []
        if mention.kind == "adjective":
            start, end = token.idx, token.idx + len(token.text)
            return [ActorRef(mention.entries[0].key, token.text, start, end)]
        return resolver.actors(token)

    @staticmethod
    def _role_word(token: Token, resolver: Resolver) -> bool:
        """Whether a modifier names a role with no country of its own ("military")."""
        mention = resolver.index.get(token.i)
        return mention is not None and mention.kind == "agent"

    def _leader_of(self, token: Token, resolver: Resolver) -> list[ActorRef]:
        """The leader in "the US-led war", "a Saudi-led offensive": the one who wages it; the
        owner in "a British-flagged tanker"; the author of "a US-sponsored resolution"."""
        if token.lower_ not in AUTHORED:
            return []
        return [
            a for c in token.children if c.dep_ in ("npadvmod", "amod", "compound")
            for a in self._modifier_actor(c, resolver)
        ]  # fmt: skip

    def _compound_actors(self, noun: Token, resolver: Resolver) -> list[ActorRef]:
        """Countries named before a reciprocal noun: "Turkey/Russia meetings", "US-Iran talks"."""
        refs = []
        for token in noun.subtree:
            if token.i >= noun.i:
                break
            mention = resolver.index.get(token.i)
            if mention is not None and mention.kind in ("country", "adjective"):
                start = token.idx
                refs.append(ActorRef(mention.entries[0].key, token.text, start, start + len(token)))
        return refs

    # -- output ------------------------------------------------------------------------------
    def _emit(
        self,
        code: str,
        entry: LexEntry,
        sources: list[ActorRef],
        targets: list[ActorRef],
        trigger: Token,
        when: dt.date | None,
        rule: str,
        two_way: bool | None = None,
        *,
        dated: DatedResolver | None = None,
    ) -> list[Event]:
        """The events of a trigger, one per source and target pair (both ways for ``two_way``,
        by default the entry's ``sym``). ``dated``: the resolver already read at ``trigger``'s
        date, whose date the events take (not worked out again)."""
        pairs: list[tuple[ActorRef, ActorRef]] = []
        if code[:3] in ("140", "141") and sources and all(
            official_voice(s, trigger.doc) for s in sources
        ):
            # "protests from Canada, Mexico and the European Union", "Canada protested against
            # the law": a state's protest is an official complaint (114), not a demonstration,
            # and made to another, not to its own government
            own = {
                h for s in sources if country_of(s.code) for h in (s.code[:3], s.code[:3] + "GOV")
            }
            code, rule = "114", f"{rule} (a state's protest: 114)"
            targets = [t for t in targets if t.code not in own]
            if not targets:
                return []
        if code == "010":
            # ("Ahmadinejad told the crowd ...", "Lukashenko told supporters": a speech to one's
            # own people is no statement between actors; what it says may be)
            homes = {primary(s.code) for s in sources}
            targets = [t for t in targets if t.code[3:6] != "CVL" or primary(t.code) not in homes]
        if two_way is None:
            two_way = "sym" in entry.flags
        if two_way:
            if targets:
                for s in sources:
                    for t in targets:
                        if (s.start_char, s.end_char) != (t.start_char, t.end_char):
                            pairs += [(s, t), (t, s)]  # ("US and Iraqi forces": one side)
            elif reciprocal_objects(trigger) or not any(
                c.dep_ == "prep" and c.lower_ in ("of", "about") for c in trigger.children
            ):
                # "A and B discussed": each with the other; but "A and B spoke of a disaster"
                # reports what they said, not a meeting between them; and "battles between
                # insurgents and US and Iraqi forces" has two sides, not three
                sides = {(s.start_char, s.end_char) for s in sources}
                pairs = [
                    (s, t) for s in sources for t in sources
                    if s is not t and (
                        len(sides) == 1 or (s.start_char, s.end_char) != (t.start_char, t.end_char)
                    )
                ]  # fmt: skip
        else:
            # (mediators named together do not mediate between each other: "talks mediated by
            # Qatar and Turkey")
            spans = {(s.start_char, s.end_char) for s in sources} if code == "045" else set()
            pairs = [
                (s, t) for s in sources for t in targets if (t.start_char, t.end_char) not in spans
            ]  # fmt: skip
        if code[:2] in ("18", "19", "20"):
            # "Congolese troops fought militiamen": a militia its state's forces fight is an
            # armed group against that state, not one of its forces
            pairs = [(armed_against(s, t), armed_against(t, s)) for s, t in pairs]
        pairs = [
            (s, t) for s, t in pairs if s.code != t.code or (
                entry.pattern in OUSTING and s.start_char != t.start_char
            )
        ]  # fmt: skip (but a president sacking his governor acts within one government)
        mirrored = OTHER_SIDE.get(code)
        if "self" not in entry.flags and not two_way:
            # "Putin called on India and Russia to work together": not an act on his own state
            pairs = [
                (s, t) for s, t in pairs
                if not (country_of(s.code) and t.code == s.code[:3] and s.code[3:] in ("", "GOV"))
            ]  # fmt: skip
        if code[:2] in ("18", "19", "20"):
            # "Israel shut the crossing after Hamas rockets killed four Israeli soldiers": a
            # state does not attack its own forces (the parser gave "killed" Israel's subject)
            pairs = [
                (s, t) for s, t in pairs
                if not (s.code[:3] == t.code[:3] and s.code[3:] in ("", "GOV")
                        and t.code[3:6] in ("MIL", "COP"))
            ]  # fmt: skip
        if code[:2] == "01" and code != "016":
            # "told reporters", "told AFP": the press relays a statement, it is not its target
            # (but a denial of what it reported answers it: "denied a New York Times report")
            pairs = [(s, t) for s, t in pairs if not t.code.endswith("MED")]
        if not pairs:
            return []
        time = dated.time if dated is not None else date_for_event(trigger, when)
        if time is None and when is not None:
            date, precision = when.isoformat(), "document"
        elif time is None:
            date, precision = None, None
        else:
            date, precision = time.value, time.precision
        sent = trigger.sent
        events = []
        # ("riot police fought thousands of farmers": the farmers fought back, a violent protest)
        clash = two_way and entry.lemma in ("clash", "fight")
        coded = [(source, target, clash_code(code, source, target) if clash else code)
                 for source, target in pairs]
        if code == "175":
            # "troops continued their crackdown on insurgents": force against armed men is
            # fighting; repression is of civilians and opponents
            coded = [
                (s, t, "190" if t.code[3:6] in ARMED_GROUP_ROLES or t.code.startswith("IMG")
                 else c) for s, t, c in coded
            ]  # fmt: skip
        if entry.lemma == "surrender" and code == "0874":
            # "Noriega surrendered to U.S. troops": they took him into custody
            coded += [
                (t, s, "173") for s, t in pairs
                if s.code[3:6] in ("GOV", "ELI", "OPP", "CVL") and t.code[3:6] in ("COP", "MIL")
            ]  # fmt: skip
        if mirrored:
            # "Xi hosted Putin": Putin visited Xi's country
            coded += [(t, s if not country_of(s.code) else ActorRef(
                s.code[:3], s.text, s.start_char, s.end_char), mirrored) for s, t in pairs]
        base = code

        def side(coded_as: str) -> str:
            if coded_as == mirrored:
                return "the other side"
            return "against armed men" if base == "175" else "between civilians and forces"

        for source, target, code in coded:
            kind = event_type(code)
            start = min(source.start_char, target.start_char, trigger.idx)
            end = max(source.end_char, target.end_char, trigger.idx + len(trigger.text))
            start, end = max(start, sent.start_char), min(end, sent.end_char)
            confidence = 0.8 if entry.noun or entry.particle else 0.6
            if source.ambiguous or target.ambiguous:
                confidence -= 0.2
            events.append(
                Event(
                    id="",
                    doc_id=None,
                    sentence_index=-1,
                    text=sent.text,
                    start=start,
                    end=end,
                    source=source.code,
                    source_text=source.text,
                    target=target.code,
                    target_text=target.text,
                    code=code,
                    root=kind.root,
                    event_name=kind.name,
                    goldstein=kind.goldstein,
                    quad_class=kind.quad_class,
                    plover=kind.plover,
                    date=date,
                    date_precision=precision,
                    confidence=round(confidence, 2),
                    rule=(f"{rule}" if code == base else f"{rule}, {side(code)}: {code}")
                    + f": '{source.text}' -> '{target.text}' via '{trigger.text}'",
                )
            )
        return events

    @staticmethod
    def _add(
        ev: Event, doc: Doc, sentence_of: dict[int, int], events: list[Event], seen: set[tuple]
    ) -> None:
        sent = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        sent_start = sent.sent.start if sent is not None else 0
        ev.sentence_index = sentence_of.get(sent_start, 0)
        # One record per dyad and code in a sentence: "Merkel and Steinmeier spoke to their
        # Russian counterparts" is one DEUGOV -> RUSGOV call, not two.
        # A visit is to a country: "arrived in Washington for his first state visit to the
        # United States" is one visit, whether its capital or its name says where.
        target = primary(ev.target) if ev.code in VISIT_CODES else ev.target
        key = (ev.sentence_index, ev.source, target, ev.code)
        if key in seen:
            return
        seen.add(key)
        ev.doc_id = doc._.doc_id
        ev.id = event_id(ev)
        events.append(ev)


#: The rule words of an attack a claim gives to its claimant ("verb 'claim' claims the 'kill'").
CLAIMED_RULE = " claims the '"


def refusals_answer_demands(events: list[Event]) -> list[Event]:
    """A leader's refusal to go (1231) answers those who demanded it: "protesters demanded
    that Thaksin resign, but he refused to step down" is Thaksin's rejection of the protesters,
    not of his own country. With no such demand told, the refusal stays with its country."""
    out = []
    for ev in events:
        if ev.code == "1231" and ev.target == ev.source[:3]:
            demands = [
                d for d in events
                if d.code in LEADERSHIP_DEMANDS and d.sentence_index <= ev.sentence_index
                and primary(d.target) == primary(ev.source) and d.source != ev.source
            ]  # fmt: skip
            if demands:
                ev = replace(ev, target=demands[-1].source, target_text=demands[-1].source_text)
        out.append(ev)
    return out


def claimed_for_claimants(events: list[Event]) -> list[Event]:
    """An attack whose unnamed doers a group's claim names is the group's only: "Insurgents
    attacked the prison, wounding 20 U.S. troops, and al-Qaeda's Iraq wing claimed
    responsibility" drops the insurgents' records of the attack and the wounding."""

    def key(ev: Event) -> tuple:
        return ev.sentence_index, ev.code, ev.target, ev.rule.rsplit(" via ", 1)[-1]

    claims = [ev for ev in events if CLAIMED_RULE in ev.rule]
    claimed = {key(ev) for ev in claims}
    # ("A suicide bomber blew up a bus in Jerusalem, killing five, and Hamas claimed
    # responsibility": the bomber, placed only by the city, is Hamas's, whatever his verb)
    attacked = {(ev.sentence_index, ev.code, primary(ev.target)) for ev in claims}
    claimants = {ev.source for ev in claims}
    return [
        ev for ev in events if CLAIMED_RULE in ev.rule or (
            key(ev) not in claimed and not (
                (ev.sentence_index, ev.code, primary(ev.target)) in attacked
                and ev.source[3:] == "INS" and ev.source not in claimants
            )
        )
    ]  # (not another act of the sentence: "gunmen kidnapped a settler in Hebron while a
    # suicide bomber blew himself up in Tel Aviv, and Hamas claimed the bombing")


def without_told_statements(
    events: list[Event], told: dict[int, list[Event]], doc: Doc, productive: set[int]
) -> list[Event]:
    """The events less the statements (010) of "told" whose content is coded, or that were
    told in talks or on a visit coded with the same listener ("Rice told Mubarak at their
    talks ...": the talks)."""
    for index, statements in told.items():
        dropped = statements if told_is_coded(doc[index], productive) else [
            st for st in statements if any(
                ev.sentence_index == st.sentence_index and ev.code != "010"
                and primary(ev.source) == primary(st.source)
                and primary(ev.target) == primary(st.target) for ev in events
            )
        ]  # fmt: skip
        events = [ev for ev in events if all(ev is not st for st in dropped)]
    return events


def told_is_coded(tell: Token, productive: set[int]) -> bool:
    """Whether what someone was told is itself coded, so that telling it is that event, not a
    statement too: "Assad told parliament that Syria would withdraw its troops" (the intent to
    withdraw), "Militias committed genocide in Darfur, Powell told the Senate" (the charge)."""
    said = {t.i for c in children(tell, ("ccomp",)) for t in c.subtree}
    if tell.dep_ in ("parataxis", "ccomp") and tell.head.pos_ in ("VERB", "AUX"):
        said.add(tell.head.i)  # (the words told put first)
    return bool(said & productive)


def once_per_document(events: list[Event], doc: Doc) -> list[Event]:
    """One record of an event a headline tells and the lead retells ("Sudan Cuts Ties With
    Chad. Sudan severed diplomatic relations with Chad on Sunday"): the lead's, whose date and
    place the text gives. Events told twice in the body stay apart ("Pakistan arrested a
    suspect in Karachi. Pakistan also arrested another in Lahore")."""
    first = next(iter(doc.sents), None)
    if first is None or not headline_cased(first):
        return events
    kept: list[Event] = []
    for ev in events:
        twins = [
            k for k in kept if (k.sentence_index == 0) != (ev.sentence_index == 0)
            and k.code[:2] == ev.code[:2] and _same_actor(k.source, ev.source)
            and k.target[:3] == ev.target[:3] and (k.source, k.target) != (ev.target, ev.source)
        ]  # fmt: skip (one in the headline, one after it; not the other side's act)
        # (the same dyad first: "Troops Kill Gunman and Boy. Troops killed a gunman ...")
        twin = next((k for k in twins if (k.source, k.target) == (ev.source, ev.target)), None)
        twin = twin or next(iter(twins), None)
        if twin is None:
            kept.append(ev)
        elif twin.sentence_index == 0:
            kept[kept.index(twin)] = ev
    return kept


def _same_actor(headline: str, lead: str) -> bool:
    """Whether two codes may name one actor, as a headline and its lead do: "Pakistan Rounds Up
    Militants. Pakistani police detained ..." (``PAK`` and ``PAKCOP``). (Their targets need only
    share a country: "U.N. Investigators Question Syrian Officers ... five Syrian officials".)"""
    return headline == lead or (
        headline[:3] == lead[:3] and country_of(headline) is not None and min(
            len(headline), len(lead)
        ) == 3
    )  # fmt: skip


#: Short words a headline leaves in lower case: "Sudan Cuts Ties With Chad After a Raid".
HEADLINE_LOWER = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but",
                  "by", "as", "from", "with", "over", "into", "off", "up", "vs"}  # fmt: skip


def headline_cased(sent: Span) -> bool:
    """Whether a sentence is written as a headline: every word but the short function words
    capitalised."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and all(
        t.text[0].isupper() for t in words if t.lower_ not in HEADLINE_LOWER
    )


def event_id(ev: Event) -> str:
    """A stable id: the same event in the same document always gets the same id."""
    raw = f"{ev.doc_id}|{ev.start}|{ev.end}|{ev.source}|{ev.target}|{ev.code}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@Language.factory("gestae_events")
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    verb_forms = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            verb_forms = dict(lookups.get_table("lemma_exc").get("verb", {}))
    return EventCoder(verb_forms=verb_forms)
