/**
 * The tagger's lexicon: closed-class words (which are few and fixed) and the common verbs of support replies in
 * their base form (inflections are derived). Open-class words not listed are tagged by suffix and context
 * (tag.ts). This is a grammar lexicon, not a list of phrases that mean help or blame: judgement is learned.
 */
export type Pos =
  | 'PRON' // I, you, it, we, they, this (standing alone)
  | 'DET' // the, a, your, this (before a noun)
  | 'AUX' // be, have, do as helpers
  | 'MODAL' // can, will, should…
  | 'VERB'
  | 'NOUN'
  | 'PROPN'
  | 'ADJ'
  | 'ADV'
  | 'ADP' // in, on, at, for
  | 'CCONJ' // and, but, or
  | 'SCONJ' // if, because, when, so that
  | 'PART' // not, to (infinitive)
  | 'NUM'
  | 'INTJ' // hi, thanks, sorry (as an exclamation), please
  | 'WH' // what, which, who, how, why, when (questions)
  | 'PUNCT'
  | 'SYM'; // @handle, URL, e-mail, emoji

const words = (s: string) => s.trim().split(/\s+/);
const table = (pos: Pos, list: string) => words(list).map((w) => [w, pos] as const);

export const PERSON: Readonly<Record<string, 1 | 2 | 3>> = {
  i: 1, me: 1, my: 1, mine: 1, myself: 1, we: 1, us: 1, our: 1, ours: 1, ourselves: 1,
  you: 2, your: 2, yours: 2, yourself: 2, yourselves: 2, u: 2, ya: 2,
  he: 3, him: 3, his: 3, she: 3, her: 3, it: 3, its: 3, they: 3, them: 3, their: 3, this: 3, that: 3, these: 3, those: 3,
};

export const MODALS = new Set(words('can could will would shall should must may might ought'));
export const NEGATORS = new Set(words("not n't never no nothing nobody none neither nor cannot without"));

/** be / have / do, all forms: auxiliaries when a verb follows, main verbs otherwise (tag.ts decides). */
export const BE = new Set(words('be am is are was were been being'));
export const HAVE = new Set(words('have has had having'));
export const DO = new Set(words('do does did'));

export const CLOSED: ReadonlyMap<string, Pos> = new Map<string, Pos>([
  ...table('PRON', 'i me we us you u he him she her it they them myself ourselves yourself yourselves itself themselves mine ours yours theirs everyone everybody someone somebody anyone anybody everything something anything nothing nobody one'),
  ...table('DET', 'the a an my our your his its their this that these those some any every each no another all both either neither such much many more most few several other own'),
  ...table('MODAL', 'can could will would shall should must may might ought cannot'),
  ...table('AUX', 'be am is are was were been being have has had having do does did'),
  ...table('ADP', 'in on at for from with by about of into onto over under through during before after since until till within without between among against across behind beyond via per than towards toward upon around like near off out up down'),
  ...table('CCONJ', 'and but or nor yet plus'),
  ...table('SCONJ', 'if because although though unless whereas while whether once as so'),
  ...table('WH', 'what which who whom whose how why when where whatever'),
  ...table('PART', "not n't to"),
  ...table('INTJ', 'hi hello hey dear thanks thank please sorry oops yes yeah yep no nope ok okay hmm ah oh wow cheers regards best kind sincerely apologies welcome'),
  ...table('ADV', 'just simply also now then already still again even only really very so too here there soon later today tomorrow yesterday tonight never always often sometimes usually unfortunately sadly regrettably however therefore instead meanwhile otherwise perhaps maybe probably certainly definitely actually currently recently immediately quickly directly kindly first firstly next finally afterwards ago away back else ever anyway anymore yet rather quite almost enough alright'),
  ...table('NUM', 'one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand'),
]);

/**
 * Base forms of verbs common in support writing (both sides: what agents ask, do and refuse; what customers did).
 * Ambiguous ones (check, update, order, call) are resolved in context.
 */
export const VERBS = new Set(
  words(`
  accept access activate add adjust advise agree allow apologise apologize appear apply appreciate approve arrange arrive ask assign assist assume attach attempt avoid back bear become begin believe book break bring browse buy call cancel care change charge chat check choose claim clean clear click close collect come compensate complain complete confirm connect consider contact continue copy correct cost cover create credit cut deactivate deal decide declare delete deliver deny describe deserve detect disable disconnect discover dispatch download drag drop email e-mail enable end enjoy ensure enter escalate examine exchange expect expedite experience explain export extend fail feel file fill find finish fit fix follow forget forward freeze get give go grant guess handle happen hear help hold hope ignore import improve include inform input insist install investigate issue keep know launch learn leave let link listen load locate lock log look lose love mail make manage mark match mean mention message miss monitor move need note notice notify obtain offer open order pair pass pay pick place plan plug post power prefer prepare press prevent print proceed process provide purchase push put raise reach read realise realize receive recommend reconnect record recover redeem reduce refer refresh refund register reinstall reject relaunch release reload remain remember remind remove rename renew reopen repair repeat replace reply report request require reschedule resend reset resolve respond restart restore resubmit retry return review ring run save say scan schedule scroll search see seem select sell send set settle share ship show sign solve sort speak specify start stay stop submit suggest supply suppose swap swipe switch take talk tap tell test text think toggle track transfer try turn type unblock uninstall unlock unplug unsubscribe update upgrade upload use validate verify view visit wait want warn watch work worry write
  state outline list revert decline reverse waive exceed succeed regret aim assure rest overlook neglect skip misread misunderstand misuse disregard rectify cause trigger damage block corrupt kill interfere drain wipe override throttle erase
  `),
);

/** Irregular past and participle forms → base. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  words(`
  became:become began:begin begun:begin bought:buy brought:bring broke:break broken:break came:come chose:choose chosen:choose cut:cut dealt:deal did:do done:do drew:draw drawn:draw fell:fall fallen:fall felt:feel found:find forgot:forget forgotten:forget froze:freeze frozen:freeze gave:give given:give got:get gotten:get went:go gone:go heard:hear held:hold kept:keep knew:know known:know laid:lay led:lead left:leave lent:lend let:let lost:lose made:make meant:mean met:meet paid:pay put:put read:read ran:run said:say saw:see seen:see sent:send set:set showed:show shown:show sold:sell spoke:speak spoken:speak spent:spend stood:stand took:take taken:take taught:teach told:tell thought:think understood:understand woke:wake wore:wear worn:wear won:win wrote:write written:write
  `).map((p) => p.split(':') as [string, string]),
);
