import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const Provenance = z.enum(['acr-portal', 'acr-historical', 'reported']);
/**
 * A source's provenance: a rating's three, plus `secondary` (a named non-ACR reference, cited for a
 * clinical statement but never for a rating) and `policy` (how this linter acts where the sources are
 * silent — said as such, so a design choice never passes for a clinical claim).
 */
export const SourceProvenance = z.enum(['acr-portal', 'acr-historical', 'reported', 'secondary', 'policy']);
export const RatingCategory = z.enum(['usually-appropriate', 'may-be-appropriate', 'may-be-appropriate-disagreement', 'usually-not-appropriate']);
export const RelativeRadiationLevel = z.enum(['O', '☢', '☢☢', '☢☢☢', '☢☢☢☢', '☢☢☢☢☢', 'Varies']);
export const Modality = z.enum(['US', 'XR', 'MRI', 'CT', 'CT-myelography', 'bone-scan']);
export const Region = z.enum(['area-of-interest', 'complete-spine']);
export const Contrast = z.enum(['none', 'without', 'with', 'without-and-with']);

export const SourceSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    citation: z.string().optional(),
    /** Where a reader can check it; only a `policy` source (this project's own choice) has none. */
    url: z.url().optional(),
    provenance: SourceProvenance,
    note: z.string().optional(),
  })
  .refine((s) => s.url !== undefined || s.provenance === 'policy', { message: 'a source other than policy needs a url', path: ['url'] });

export const ProcedureSchema = z.strictObject({
  id,
  acrName: z.string().min(1),
  modality: Modality,
  region: Region,
  contrast: Contrast,
  /** Pediatric relative radiation level as the ACR tables print it. */
  rrl: RelativeRadiationLevel,
  cpt: z.array(z.strictObject({ code: z.string().regex(/^\d{5}$/, 'must be a 5-digit CPT code'), description: z.string().min(1) })),
  synonyms: z.array(z.string().min(1)),
});

export const FindingCategory = z.enum([
  'cutaneous-marker',
  'dimple',
  'systemic-red-flag',
  'back-pain-red-flag',
  'back-pain',
  'trauma',
  'neurologic-symptom',
  'urologic-symptom',
  'orthopedic-symptom',
  'suspected-infection-or-tumor',
  'overuse',
  'contrast-reason',
]);

export const RiskGrade = z.enum(['low', 'high', 'ungraded']);

const SKIN_CATEGORIES: readonly string[] = ['cutaneous-marker', 'dimple'];

export const FindingSchema = z
  .strictObject({
    id,
    label: z.string().min(1),
    category: FindingCategory,
    /**
     * For skin findings: how the sources grade the marker's risk of occult dysraphism. `ungraded` when
     * no source we hold grades it; the rules then treat it conservatively (never as low risk). For the
     * dimple category the grade is that of a simple dimple (clinical/dimple.ts); an atypical or
     * undescribed dimple is never low risk.
     */
    risk: RiskGrade.optional(),
    /** The source (sources.json id) of a `low` or `high` grade; required for those, absent otherwise. */
    riskSource: id.optional(),
    /**
     * Word phrases (see notes/words.ts); `...` allows up to three words between, `#` stands for an amount
     * ("lost # kg"). Never regular expressions. A phrase starts with a word: it is indexed by it.
     */
    phrases: z
      .array(
        z
          .string()
          .min(1)
          .regex(/^\s*(?!(?:\.\.\.|#)(?:\s|$))/, 'must start with a word, not "..." or "#"'),
      )
      .min(1),
    /** File name under rationale/ holding the plain-words explanation shown on hover. */
    rationale: z.string().regex(/^[a-z0-9-]+\.md$/, 'must name a .md file under rationale/'),
  })
  .superRefine((f, ctx) => {
    const skin = SKIN_CATEGORIES.includes(f.category);
    if (skin && !f.risk) ctx.addIssue({ code: 'custom', path: ['risk'], message: 'a skin finding needs a risk grade: low, high or ungraded' });
    if (!skin && f.risk) ctx.addIssue({ code: 'custom', path: ['risk'], message: 'only skin findings carry a risk grade' });
    const graded = f.risk === 'low' || f.risk === 'high';
    if (graded && !f.riskSource) ctx.addIssue({ code: 'custom', path: ['riskSource'], message: `a "${f.risk}" risk grade needs the id of its source` });
    if (!graded && f.riskSource) ctx.addIssue({ code: 'custom', path: ['riskSource'], message: 'only a low or high grade has a source' });
  });

export const RatingSchema = z.strictObject({
  procedure: id,
  rating: RatingCategory,
  provenance: Provenance,
  source: id,
  /** Where the row comes from when the source names the procedure differently. */
  note: z.string().optional(),
});

export const ScenarioSchema = z.strictObject({
  id,
  /** Short label users see, e.g. "S1". */
  label: z.string().min(1),
  title: z.string().min(1),
  topic: z.string().min(1),
  variant: z.string().min(1),
  rationale: z.string().regex(/^[a-z0-9-]+\.md$/, 'must name a .md file under rationale/'),
  ratings: z.array(RatingSchema),
});

/**
 * The schema of order-vocabulary.json, built for each read of the file and not kept: its zod objects (~1 MB of
 * heap) would otherwise stay in every warm engine (the server, each CLI worker) after their one use at load.
 */
export const orderVocabularySchema = () =>
  z.strictObject({
    modalities: z.record(Modality, z.array(z.string().min(1)).min(1)),
    completeSpine: z.array(z.string().min(1)),
    spine: z.array(z.string().min(1)),
    notSpine: z.array(z.string().min(1)),
    /**
     * Words after which a lower-case "us" is the pronoun, not an ultrasound ("not ordered by us", "call us if worse",
     * "let us know"), unless a spine word follows it ("order us spine").
     */
    pronounUsAfter: z.array(z.string().min(1)).min(1),
    /**
     * What follows a capital "US" that is the pronoun after a pronounUsAfter word in a letter written in capitals ("THANKS FOR
     * ALLOWING US TO SEE HIM"): a visit's verb. Anything else after it ("ASKED US SPINE") leaves the ultrasound.
     */
    pronounCapsUsBefore: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    /**
     * Spellings of a modality (in `modalities`) read only when a hyphen joins their first word to the next: Dutch-trained
     * "X-LWK", "X-thoracolumbar spine" are radiographs, never "heat x lumbar spine", "PT x lumbar strain" ("x": for).
     */
    joinedByHyphen: z.array(z.string().regex(/^[a-z]+ [a-z]+$/)),
    /**
     * Words joined to a modality by a hyphen that make it a property of a device, not a study ("MRI-safe restraints",
     * "MR-conditional pump", "MRI-compatible monitor"): that modality word names no study.
     */
    deviceAfterModality: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    /** Abbreviations whose full stop ends no sentence of an order ("incl. T and L spine reformats"): clinical/order.ts sentenceOf. */
    stopAbbreviations: z.object({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
    subregions: z.record(z.enum(['cervical', 'thoracic', 'lumbar', 'sacral']), z.array(z.string().min(1))),
    /**
     * Words of spine and subregions that do not name the spine by themselves on a study's line, since an English note uses
     * them for more ("XR back", "US neck", "cord gas", "cervical nodes"): every other one-word region ("LWS", "BWS",
     * "rachis", "colonne") does, as the English stems do ("MRT LWS nativ", "Rö BWS + LWS a.p./seitlich").
     */
    regionNotAlone: z.array(z.string().regex(/^[a-z]+$/)),
    /**
     * How soon the study is wanted, written before its name on a plan's line ("- STAT MRI whole spine w/ and w/o contrast",
     * "- Urgent MRI L-spine"): the line still opens on the study, as "MRI whole spine STAT" does.
     */
    contrast: z.strictObject({
      withoutAndWith: z.array(z.string().min(1)),
      without: z.array(z.string().min(1)),
      with: z.array(z.string().min(1)),
      /**
       * The gadolinium agents by name ("gadobutrol", "Dotarem", "ProHance"): each is a contrast word of `with`, makes a
       * `without` phrase after "without"/"w/o" ("without gadobutrol"), and joins an allergy as the allergyJoins words do
       * ("prior reaction to gadobutrol"). One list, read all three ways.
       */
      agents: z.array(z.string().min(1)).min(1),
      /**
       * The plain series named by what it goes without: every word of `plainLeads` before every contrast word (`words`,
       * the `agents`, and each of them after "iv") is a `without` phrase and the plain series of a `pair`, so "w/o
       * gadolinium", "wo dye", "non-gad" and "without IV contrast" read alike, and a contrast word right after a bare
       * "w/o" is never read as a second, contrast series.
       */
      plainLeads: z.array(z.string().min(1)).min(1),
      words: z.array(z.string().min(1)).min(1),
      /** Said right after a contrast word in its clause, the agent is not to hand and not given: "MultiHance on formulary shortage". */
      unavailableAfter: z.array(z.string().min(1)).min(1),
      /**
       * Words that take back the contrast word right after them: "MRI L-spine, no gadolinium" and "avoid gadoterate
       * (reaction)" are without contrast, and "enhanced MRI (contrast only, no plain sequence)" with it.
       */
      negatedBy: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** A value of one of these words alone, keyed by a contrast agent, declines it: "Gadobutrol: none", "Gadolinium - nil", "gad: N". */
      keyedNone: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words telling a patient's allergy or reaction to contrast ("Pt not contrast allergic", "no contrast allergy",
       * "allergic to gadolinium"): with the `allergyJoins` words around them ("no known contrast", "to iv contrast"),
       * they say nothing of the study's contrast and are set aside before it is read.
       */
      allergyWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      allergyJoins: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A study without contrast, then with it, told as a pair however it is joined: a word of `before` (the plain series),
       * then `joins` words or marks only ("+", "/", "&"), then a word of `after` (the contrast series): "native +
       * gadolinium", "T1 pre/post gad", "without then with gadolinium". The contrast series asked on a condition (a word of
       * `conditions` after it in its clause: "plain + gad if abnormal") is no part of the order. Neither it nor a
       * withoutAndWith phrase is when left to the radiologist (`leftOpen`: "native + contrast at radiologist discretion")
       * or taken back after it (prose.declinedAfter: "native + gadolinium not required").
       */
      /**
       * A parenthetical after the order about another study, denied, discussed or weighed ("CT L-spine w/ contrast
       * (insurance denied MRI)", "MRI whole spine with contrast (… will discuss w/ ortho whether L-spine non-con would
       * suffice)"): one of these words with a modality or spine region in the brackets. Its contrast words are the other
       * study's, never the order's (clinical/order.ts withoutAsides); "MRI L-spine (w/o contrast)" names none and stays.
       */
      asideCues: z.array(z.string().min(1)).min(1),
      pair: z.strictObject({
        before: z.array(z.string().min(1)).min(1),
        joins: z.array(z.string().min(1)).min(1),
        after: z.array(z.string().min(1)).min(1),
        conditions: z.array(z.string().min(1)).min(1),
        leftOpen: z.array(z.string().min(1)).min(1),
      }),
    }),
    /**
     * How an order is written in prose, beside reading-vocabulary.json's orderCues and notOrderCues
     * (clinical/facts.ts reads both): requests ("please", "I would be grateful if you could"), words
     * that tell a study as discussed or suggested rather than ordered, and statements that no imaging
     * is ordered now.
     */
    prose: z.strictObject({
      $comment: z.string().optional(),
      /** Words that ask for a study: a sentence naming a spine study with one of them orders it ("Cervical spine X-ray please"). */
      requestCues: z.array(z.string().min(1)).min(1),
      $otherOrderers: z.string().optional(),
      /** Clinicians or services other than the writer, as the subject of an order verb before the study ("Ortho arranged XR"). */
      otherOrderers: z.array(z.string().min(1)).min(1),
      /** Words that may stand between such a subject and its order verb ("PCP has already ordered", "GP to request"). */
      otherOrderersAuxiliaries: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $requestVerbsAsked: z.string().optional(),
      /** Request cues that are the study's own verb ('repeat'): a question opening on an asking word asks with them ("Should we repeat MRI?"). */
      requestVerbsAsked: z.array(z.string().regex(/^[a-z]+$/)),
      $requestVerbsAskedSubjects: z.string().optional(),
      /** The subjects before such a verb that make it the question's own ("Should we repeat"); without one it orders. */
      requestVerbsAskedSubjects: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Requests that open with "if" and are no condition ("if you could arrange an MRI"). */
      politeIf: z.array(z.string().min(1)),
      /** Attached to a study, it is not ordered ("MRI discussed", "chiropractor suggested an MRI", "whether an MRI is needed"). */
      notOrderCues: z.array(z.string().min(1)).min(1),
      /**
       * Cues that order outright ("ordered", "arrange", "book", "I ask"): among several sentences that could be
       * the order, one with such a cue beats a weaker one ("please", "plan", "for").
       */
      explicitCues: z.array(z.string().min(1)).min(1),
      /**
       * Between a request and the study it names, a word that makes the request about something else: "please
       * review the MRI from 2024", "I appreciate that an MRI would need…", "could you advise whether…".
       */
      requestBlockers: z.array(z.string().min(1)).min(1),
      /**
       * First words of a sentence that asks about its study, not orders it, when a question mark follows the study
       * ("Should I order an MRI?", "Need for USS?", "Is there a need for an US?"); a request asked as a question
       * ("Could you arrange an US?", "Can we get an US spine?") opens otherwise.
       */
      askingOpeners: z.array(z.string().min(1)).min(1),
      /** After a study asked about with nothing before it ("MRI? Not now.", "US spine? No."), the answer that leaves it undone. */
      askedAnswersNo: z.array(z.string().min(1)).min(1),
      /** After a question about a study ("Need US spine? Yes - ordered", "MRI? Ordered."), the answer that orders it. */
      askedAnswersYes: z.array(z.string().min(1)).min(1),
      /**
       * Words right after a study's name that make a request one for its record, not a new study ("I have requested
       * the ultrasound images", "requested the MRI report from the outside hospital").
       */
      studyRecords: z.array(z.string().min(1)).min(1),
      /** Words right before a study's name that tell it as done before ("I have requested the old films", "her previous x-rays"). */
      oldStudy: z.array(z.string().min(1)).min(1),
      /** A word right before "repeat" that tells the repeat study as done ("on repeat MRI the syrinx is smaller"). */
      toldRepeat: z.array(z.string().min(1)),
      /** Declines the study only when written before it ("Please hold US", "cancel the MRI", "no XR"; not "MRI, hold feeds"). */
      /**
       * Words between a study and a notOrderCue after it that are what the cue is about, not the study, together with
       * studyRecords: "US slot not available until March - booked", "MRI L-spine w/o, radiologist unavailable today".
       */
      notOrderOfOther: z.array(z.string().min(1)).min(1),
      /**
       * Words between a study and a booking cue after it (`cues`, each also a notOrderCue) that are what the cue is about:
       * "MRI L-spine w/o GA not booked" (the anaesthetic, not the study). Before any other cue they are the study's technique
       * ("MRI L-spine under GA not indicated").
       */
      notBookedOfOther: z.strictObject({
        $comment: z.string().optional(),
        cues: z.array(z.string().min(1)).min(1),
        words: z.array(z.string().min(1)).min(1),
      }),
      /**
       * A notOrderCue that tells when the study can be done, not whether: "MRI L-spine not available until January -
       * booked". The cue inside one of these declines nothing.
       */
      notOrderUntil: z.array(z.string().min(1)).min(1),
      notOrderBefore: z.array(z.string().min(1)).min(1),
      /**
       * Someone other than the writer, who may propose a study ("mom requests MRI", "neurosurgery recommends
       * MRI"): such a study is the order only when the note orders nothing else.
       */
      proposers: z.array(z.string().min(1)).min(1),
      /** The services among the proposers ("neurosurgery recommends MRI"); a plan line opening on one is an action of its own (ownActionLine). */
      proposingServices: z.array(z.string().min(1)).min(1),
      /** What a proposer does with a study that is not ordering it ("recommends", "suggests", "would like"). */
      proposals: z.array(z.string().min(1)).min(1),
      /**
       * A clause that, right after the one naming a study, decides against it without naming it again ("mom
       * requests MRI; explained not indicated", "radiology suggests MRI; parents to consider").
       */
      declinedAfter: z.array(z.string().min(1)).min(1),
      /**
       * A later sentence in which the writer declines a study of the kind someone else asked for, named by its modality
       * alone ("I do not think x-rays are indicated"): doubts with a need word after the modality (order-recommended.ts declinedLater).
       */
      declinedLater: z.object({
        $comment: z.string().optional(),
        doubts: z.array(z.string().min(1)).min(1),
        needs: z.array(z.string().min(1)).min(1),
        $answeredOtherwise: z.string().optional(),
        /** After a proposal, in the rest of its sentence or the next: the writer answers it with another step or reassurance ("Plan physio first"). */
        answeredOtherwise: z.array(z.string().min(1)).min(1),
        /** In that scope, an opinion or a decision left to the reader ("I'd try rehab first but leave it with you"): no answer. */
        answerLeftOpen: z.array(z.string().min(1)).min(1),
        $answerAgrees: z.string().optional(),
        /** In that scope, the writer agrees to the proposal ("reassured re sedation, will proceed"): no answer otherwise. */
        answerAgrees: z.array(z.string().min(1)).min(1),
      }),
      /** Words that may open such a clause before its decision ("explained", "discussed that", "parents"). */
      explaining: z.array(z.string().min(1)),
      /** A Plan saying no imaging now: a study it names only on a condition ("consider XR if persists") is not ordered. */
      noImaging: z.array(z.string().min(1)).min(1),
      /**
       * Words telling an order changed, before the study it was changed to ("order modified … to MRI L-spine
       * w/o", "order corrected - MRI"): that study is the order, over the one first placed.
       */
      changedTo: z.array(z.string().min(1)).min(1),
      /**
       * A change told as a decision: a verb's bare form (`changeVerbs`: "change", "switch") after a word of deciding and
       * "to" (`changeDecided`: "agreed to change to XR lumbar spine", "decided to switch to US spine") is a change made;
       * alone ("will change to MRI if worse", "may switch to CT") it is not.
       */
      changeVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      changeDecided: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * On a line keyed for the study that the language does not know (a radiologist's "Protocol:" line), words telling the
       * change not settled or undone ("pending ordering provider approval", "Ordering NP disagrees …; reverted to CT with
       * contrast as ordered"): the order received stands (order-candidate.ts readOrderCandidate).
       */
      changeUnsettled: z.array(z.string().min(1)).min(1),
      /**
       * Words telling a change of the study as one made before ("Last time changed to non-contrast MRI lumbar spine; this time
       * keep gad", "previously switched to US"): that change is not this order's (order-candidate.ts changedToStudy).
       */
      changePast: z.array(z.string().min(1)).min(1),
      /** A word telling the study of its clause replaces another ("XR cancelled; US spine ordered instead"). */
      instead: z.array(z.string().min(1)).min(1),
      /**
       * Words of a radiologist's vetting or of an order changed, ending on the word that links them to the study now to be
       * done ("protocolled as MRI lumbar spine non-contrast", "XR cancelled, replaced with US spine", "vetted to USS",
       * "re-requested as MRI"): the study opening the words after them (past an article) is the order, as after `changedTo`
       * (order-candidate.ts changedToStudy). Only words naming the study that replaces another, never the one withdrawn
       * ("declined as XR", "not justified as USS", "requested as"); never after "be" ("to be replaced with CT if …").
       */
      changedAs: z.array(z.string().min(1)).min(1),
      /** A word right before a protocol word telling it as history ("originally protocolled MRI …"): not the study now to be done (order-candidate.ts protocolSuperseded). */
      protocolHistory: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A key, or a label opening a clause before a colon or a dash, naming the study settled after vetting, protocolling or
       * an order changed ("Final study: MRI L-spine without contrast", "Final: MRI L-spine non-contrast", "Protocol: USS
       * lumbosacral spine", "Amended order - US spine"): a value that opens on a spine study is the order, over the one first
       * requested (order-candidate.ts changedOrder), unless its line leaves it unsettled (`changeUnsettled`: "pending", "as
       * requested"). A value opening on no study ("Final: as requested", "Protocol: feed-and-wrap first") changes nothing;
       * a study performed told with its date or result is a report, no order.
       */
      finalLabels: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      /**
       * Who vetted, after "by" between a label of `finalLabels` and its colon ("Protocolled by rads: MRI L-spine w/wo",
       * "Accepted by duty radiologist - US spine"): radiology only, so "Accepted by neurosurgery: …" (a transfer taken) is no
       * label (order-candidate.ts changedToStudy).
       */
      finalLabelBy: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      /**
       * A radiologist's acceptance ("Accept: US spine.", "Accepted - MRI whole spine w/o, urgent.", and any label with radiology
       * after "by": "Protocolled by rads: MRI L-spine w/wo"): labels, of `finalLabels`, and words, the only words that may
       * follow its study in the value (region, contrast, views, sedation, feed and wrap, urgency). Anything else (a verdict,
       * "not justified", "request returned", "for sibling", a sequence list, "may be needed later", a condition) leaves no
       * order; a study's name after the study's own (`studies`: "Accept: US spine, CT") or a bracket between the label and its
       * colon ("Accept (for twin sibling): US spine") leaves no order either (order-candidate.ts changedOrder, changedToStudy).
       */
      vettedStudyOnly: z.strictObject({
        $comment: z.string().optional(),
        labels: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
        /** The names of a study: only in the study's own name opening the value, never after it ("Accept: US spine, CT" is a list). */
        studies: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
        words: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
      }),
      /**
       * Words of a report on the line of a label of `finalLabels` ("Final: US spine, no tethered cord", "Protocol: US lumbar
       * spine; result: tethered cord", "Final exam: US lumbar spine - images sent to neurosurgery"): the line tells the study
       * done and what it showed, no order; unless the word is asked after (`finalReportAsked`: "Final: MRI L-spine w/o for
       * tethered cord").
       */
      finalReportWords: z.array(z.string().min(1)).min(1),
      /**
       * Parts a report tells of ("conus", "filum"): on a label's line a report only when told with a finding (a level or a
       * measure after them, "conus at L1-2", "filum 1 mm"; or a word of `finalReportStated` beside them, "fatty filum", "conus
       * terminates"), not as what to image ("Protocol: … through the conus", "conus level and filum").
       */
      finalReportAnatomy: z.array(z.string().min(1)).min(1),
      /** Words beside a word of `finalReportAnatomy` telling a finding ("fatty", "terminates", "low lying"). */
      finalReportStated: z.array(z.string().min(1)).min(1),
      /** Words before a word of `finalReportWords`, in its clause, that make it what the study is to look for ("to assess conus"). */
      finalReportAsked: z.array(z.string().min(1)).min(1),
      /**
       * Words before a change in its clause that propose it ("suggest protocolled as US spine", "I'd suggest this is
       * replaced with US spine", "XR could be …"): a proposal, no change made.
       */
      changeProposals: z.array(z.string().min(1)).min(1),
      /**
       * Words in a change's clause telling a general statement, no change to this order ("in infants XR has been replaced
       * by US spine as the first-line test", "XR routinely replaced with US at this age").
       */
      changeGeneral: z.array(z.string().min(1)).min(1),
      /**
       * Words after a change, on its line, leaving it open or undoing it ("replaced with US spine, GP to confirm", "vetted to US
       * spine - GP not happy", "Final: MRI brain; L-spine XR as requested"): the order first requested stands. A phrase "to …"
       * taking an object is a purpose, none ("to confirm conus level").
       */
      changeLeftOpen: z.array(z.string().min(1)).min(1),
      /**
       * Words after a change, on its line, and after another study named there, telling that study kept ("vetted to US spine -
       * GP not happy, XR proceeds", "… ; XR stands"); not on a condition ("MRI to proceed if US equivocal").
       */
      changeKept: z.array(z.string().min(1)).min(1),
      /**
       * Words telling images of the spine made from a CT of the body ("CT chest-abdomen-pelvis, and thoracolumbar spine
       * reconstruction from the same scan", "… , with T- and L-spine reformats"): the CT is then a CT of the spine too.
       */
      reconstructed: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A clause that is only the writer's order of the study named in the clause before it, past a comma ("pt insisting on MRI
       * L-spine, I ordered it", "…, ordered it"): the whole clause as its words (lower case, one space between them).
       */
      /**
       * A sentence opening on a proposal with its subject left out ("Requests MRI whole spine w/o contrast", as a call written up
       * tells the caller's request): a proposal, the order only when the note orders nothing else.
       */
      $droppedSubjectProposals: z.string().optional(),
      droppedSubjectProposals: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      $orderedItClause: z.string().optional(),
      orderedItClause: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /**
       * Words telling a spine study done ("XR T/L spine obtained, no fracture", "L-spine XR done at parent request - normal"):
       * when the note orders nothing else, a study done at this visit (an ED's discharge paperwork) is the one the checks judge.
       */
      doneAtVisit: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A result said right after a study's name and region, telling what it showed ("MRI L-spine normal, physio", "XR
       * L-spine clear"): the study is one done, its result told, not the one a plan or a closing line orders.
       */
      resultAfterStudy: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
      /**
       * A whole result said after a spaced dash, all that its clause says ("XR L-spine (GP, 03/10) - normal", "УЗИ позвоночника
       * - без патологии", "- NAD"): the study was done. Not a purpose or a reason ("- to exclude pathology", "- abnormal neuro exam").
       */
      resultAfterDash: z.array(z.string().min(1)).min(1),
      /**
       * A word right after a study's name that makes the study what is reviewed, not what is done ("I sent her to Dr Smith
       * for MRI review", "sent the images to ortho for MRI review"): a weak cue before it ("for") orders nothing.
       */
      reviewAfterStudy: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words telling a study's films or images on their way from elsewhere ("review when films arrive", "awaiting outside
       * films", "films to be sent by OSH", "review once MRI images are uploaded"): in the clause of a study named as its
       * records (films, images, report: studyRecords), a prior in transit, not this note's order. A study named alone
       * ("awaiting MRI") is not set aside.
       */
      inTransit: z.array(z.string().min(1)).min(1),
      /** Words after a result word that make it how a study is done ("MRI L-spine normal sequences", "XR L-spine clear views"), no result. */
      techniqueAfterResult: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words of the views a bracket after a study may list ("X-ray C-spine (AP/lat) not indicated", "(a.p./lat.)"): such a
       * bracket is part of the study's name, so a word declining the study after it is still the study's (clinical/order-cues.ts
       * declinesStudy).
       */
      viewsInBracket: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
      /**
       * Words that, after a break in a line opening on its study, start another study told before without its name ("Imaging:
       * XR L-spine 2 views, prior 2024 normal"): its result is not the opening study's.
       */
      anotherStudyBefore: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words naming the exam, another organ or another test: a normal word after one of them in its clause is that thing's,
       * not the study's ("XR L-spine done, neuro NAD", "exam NAD, sent home", "Had XR at PCP - neuro exam NAD", "bloods NAD").
       */
      resultOfAnotherSubject: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Where an earlier study was done, named before it at a sentence's start ("NICU spinal US: conus at L3", "Nursery US: normal", "OSH MRI: …"). */
      studySettings: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
      /** Words telling which of the child's studies it was, before its name at a sentence's start ("First US (6 wks): equivocal", "Initial spinal US: normal"). */
      studyOrdinals: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
      /** Words leading a prior study at a sentence's start only when the spine is named right after them ("Neonatal spinal u/s: …", "Newborn US spine: …"). */
      $spineStudyLeads: z.string().optional(),
      spineStudyLeads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** A clause before "came back" or "has resulted" of these words only names nothing but the result ("results", "the final report", "and it"). */
      onlyTheResult: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A study the report itself advises after its result, opening a clause of it after a comma or a spaced dash ("Spinal US at
       * 4 wks: filum thickened - reported ABNORMAL, suggest MRI", "thick filum - report says \"suggest MRI\""): the advised study
       * is a part of its own, still to do (clinical/prior-in-text.ts studyClauses), and its "suggest" no longer leaves the
       * reported study as not done. Only before a study named at once: "PCP suggests spinal US" keeps its reading.
       */
      reportAdvisesNext: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /**
       * A next step, not a study's name, that a report advises after its result ("conus at L2/3, borderline level - suggest repeat
       * / clinical correlation"): a clause of its own too, only where what comes before it tells the study's result.
       */
      reportAdvisesSteps: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
      /**
       * Words that put such a study at another time or place ("prior", "last week", "at 6 weeks", "by the PCP", "outside",
       * "in the newborn nursery", and "in ED" told from a clinic or a ward): a study of before, never this visit's.
       */
      $seenOn: z.string().optional(),
      seenOn: z.array(z.string().min(1)).min(1),
      $seenOnSupposed: z.string().optional(),
      /** Words right before a seenOn phrase that make it a supposition, not a study looked at ("would be seen on MRI"). */
      seenOnSupposed: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      $stayDays: z.string().optional(),
      /** An inpatient's day of stay before its number ("HD1", "POD 3", "hospital day 2"): a study told on one was done in the stay. */
      stayDays: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      doneBefore: z.array(z.string().min(1)).min(1),
      /**
       * Words of an acute visit's record ("ED course:", "ED physician addendum:", a note headed "Emergency Department
       * Discharge"), in a key or the note's first line: only there is a study told as done the visit's own. A clinic's or a
       * follow-up's "MRI L-spine done, shows …" tells a study done before the visit.
       */
      visitSettings: z.array(z.string().min(1)).min(1),
      /**
       * An action of its own that opens a plan's next line ("Refer visiting neurosurgeon if abnormal", "NSGY referral if
       * abnormal", "Admit if deteriorates"): the condition on that line is that action's, never the study's on the line above.
       */
      ownActionLine: z.strictObject({
        $comment: z.string().optional(),
        /** Actions and services not named elsewhere; the services of proposingServices, referral.neurosurgery and visitSettings are added in code. */
        opens: z.array(z.string().min(1)).min(1),
        /** A service named after one of these in a condition is a treatment it tells of ("If no improvement with physio"). */
        notAfter: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/)).min(1),
        /** The line's action is the study itself ("Ortho to request if no better"): its condition stays the study's. */
        forTheStudy: z.array(z.string().min(1)).min(1),
      }),
      /**
       * A word a line can end on only when the sentence runs on to the next line ("MRI L-spine w/o contrast at / follow up if no
       * better"): the next line is that sentence's, so an action word opening it is no action of its own.
       */
      lineRunsOnAfter: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A condition that opens a plan line of its own and says nothing else ("Should symptoms persist beyond 6 weeks", "Provided
       * no improvement with NSAIDs", "- if no better after PT"): the study on the line above waits on it.
       */
      lineConditions: z.strictObject({
        $comment: z.string().optional(),
        /** After the study in its clause, a condition only when a word of `clinical` follows it there ("MRT LWS bei Verschlechterung"). */
        afterStudy: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Right before a past order verb after the condition, a word that leaves the order still to do ("will be ordered"). */
        stillToDo: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        opens: z.array(z.string().min(1)).min(1),
        /** The rest of the line must hold one to read as a condition on the patient's course (persists, no improvement, not better, worse, abnormal). */
        clinical: z.array(z.string().min(1)).min(1),
        /**
         * Course words that make a condition only after one of `opens` here ("if", "should", "unless", "in case": "if CRP keeps
         * rising or any neuro change", "Should CRP continue to rise"); after "when" or "once" they tell what was found now.
         */
        courseAfterIf: z.strictObject({ $comment: z.string().optional(), opens: z.array(z.string().min(1)).min(1), words: z.array(z.string().min(1)).min(1) }),
        /** A condition on sedation, technique, consent, preparation, scheduling, approval or a safety net: the order stands. */
        keepsOrder: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** An opening word as a verb or a modal ("Provided by parents", "Should be done under GA"): no condition. */
        notOpening: z.array(z.string().min(1)).min(1),
        /** A time opening the line before its condition ("After 6 weeks if still symptomatic"). */
        opensOnTime: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Openers that hang the study on what they name ("Contingent on exam", "Depending on response to PT"). */
        hingesOn: z.array(z.string().min(1)).min(1),
        /** What such an opener may name to be a condition without a word of the course (the exam, a result, the response). */
        decidedBy: z.array(z.string().min(1)).min(1),
        /** A condition told met in the patient now ("When pain persists beyond 6 wk as here: MRI"): the order stands. */
        toldMet: z.array(z.string().min(1)).min(1),
        /** "When reviewed, still symptomatic: MRI": this visit's review, then a comma and the state found, tells the condition met. */
        metAtReview: z.array(z.string().min(1)).min(1),
      }),
      /** Words in the study's own sentence that tell it done at this visit in any note ("XR L-spine obtained today", "on arrival -> CT C-spine"). */
      doneNow: z.array(z.string().min(1)).min(1),
      /**
       * Words of a heading for a note that handles a study already requested, before a dash and that study ("UR RN
       * review - NM bone scan with SPECT, lumbar spine", "Prior auth - MRI lumbar spine w/o", "Scheduling call - US spine"):
       * the study after the dash is the one requested, unless told done, dated, read or declined.
       */
      requestHandling: z.array(z.string().min(1)).min(1),
      /**
       * A label that says what the study after its colon is for, or that it was settled with the family, closing a note
       * ("Routine surveillance: MRI whole spine without and with IV contrast.", "Parents requesting further imaging, after
       * discussion: MRI L-spine w/o."): the whole clause before the colon (after its last comma) is one of these, and the study
       * after it is the one to do, unless told done, dated, read, conditioned or declined.
       */
      purposeLabels: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      /**
       * Words in the value after a purpose label that tell the study not one to do now: a condition ("Routine surveillance: MRI
       * L-spine w/o if symptoms develop"), a time ahead or a schedule ("… in 12 months", "at age 2", "6-monthly", "next due
       * 2027"), or a result ("Screening: MRI L-spine w/o showed a fatty filum"). With a time ahead written in numbers and a
       * dash before a result ("- fatty filum, referred to NSx"), such a study is no order.
       */
      purposeLabelHeld: z.array(z.string().regex(/^[a-z][a-z ]*$/)).min(1),
      /**
       * Words that open a sentence ordering the study it names, under any key of free text ("Findings: deep
       * dimple and tuft. Order US spine.", "FHx: … Please arrange MRI L-spine."): the writer's own order.
       */
      /**
       * A history or Prior imaging value's own word that there is nothing before today ("Prior imaging: none; XR L-spine
       * ordered", "PMH: nil - US spine requested"): a study ordered in the clause after it is today's (order-after-none.ts).
       */
      noPriorValues: z.array(z.string().min(1)).min(1),
      /** Words after a history value's "none" that make the study told ordered another's, routine or not now (order-after-none.ts). */
      afterNoneNotOurs: z.strictObject({
        $comment: z.string().optional(),
        words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        atPlaces: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      openingOrders: z.array(z.string().min(1)).min(1),
      /**
       * A few words set before an opening order with a comma, that do not change it ("As discussed by phone, I placed
       * the order for spinal US", "As agreed, we have requested an MRI"): the order opens the clause after the comma.
       */
      openingAsides: z.array(z.string().min(1)).min(1),
      /**
       * The note says it orders no imaging ("No imaging requested from this clinic", "not ordered by genetics
       * today", "has not ordered imaging", "Imaging: not indicated"): a study it only mentions, recommends or
       * leaves to someone else is then not its order; an order line of its own still is.
       */
      noneOrdered: z.array(z.string().min(1)).min(1),
      /**
       * Words that make such a statement about part of the imaging only, inside it or just after it ("not ordering
       * advanced imaging today", "no imaging needed beyond the XR"): it then says nothing of the study the note orders.
       */
      noneOrderedPartial: z.array(z.string().min(1)).min(1),
      /**
       * Another clinician, place or time named in the statement's sentence ("PCP did not order imaging", "seen at
       * urgent care 3 d ago; no imaging was ordered"): the statement is theirs, not this note's, unless its own
       * clause names the writer (noneOrderedHere: "Letter to the GP …; no imaging requested from this clinic").
       */
      noneOrderedElsewhere: z.array(z.string().min(1)).min(1),
      noneOrderedHere: z.array(z.string().min(1)).min(1),
      /**
       * A statement of no order that names no study ("nothing ordered", "no order placed yet", "haven't put in an order")
       * speaks of what a word of noneOrderedFor right after it names ("no order yet for PT", "nothing ordered for pain"),
       * and of who a word of noneOrderedBy names ("nothing ordered yet by ortho"): of imaging only when that names a
       * study or the spine, of this note only when that names the writer (noneOrderedHere: "nothing ordered by me").
       */
      noneOrderedFor: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      noneOrderedBy: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words that open the clause after a statement of no order, besides a dash or a comma ("nothing ordered yet but
       * will request spinal US today"): the clause tells what is done instead, and may place the order. One word each,
       * as are noneOrderedFor and noneOrderedBy: they are read as sets of words.
       */
      noneOrderedThen: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Phrases right after a statement of no order that keep it a statement of no order ("no order yet", "nothing
       * ordered so far", "nothing ordered today").
       */
      noneOrderedYet: z.array(z.string().min(1)).min(1),
      /**
       * A time or an event the clause after a statement of no order puts its study off until ("No order yet - MRI to be
       * requested after neurosurgery review", "- MRI at next visit", "- spinal US in 2 weeks"): the study is not ordered
       * now, unless a time of this visit stands before it ("MRI requested today after neurosurgery review").
       */
      noneOrderedUntil: z.array(z.string().min(1)).min(1),
      /**
       * A sentence that is only these words says this visit orders no imaging ("No imaging.", "No further imaging -
       * discussed with family …"), in the free text or a Plan, when that text orders nothing outright (explicitCues).
       */
      noneStatements: z.array(z.string().min(1)).min(1),
      /** How an Order value that names no study says there is none ("Order: none, reassurance given", "Imaging: not indicated"). */
      noneValues: z.array(z.string().min(1)).min(1),
      /** Words in a request or order key that tell a request of before or one refused ("Previous request:"): no study to do (keyed-study.ts). */
      $requestKeyPast: z.string().optional(),
      requestKeyPast: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * An Order line that opens on its study and says right after it that the study is not indicated ("Imaging: XR
       * considered - not indicated"): `weighed` words may stand between ("considered"), `denials` decide against it
       * (clinical/order-line-declined.ts). Each denial must be one no-imaging.ts MAY_DECLARE_WORDS lets through.
       */
      $orderLineDeclined: z.string().optional(),
      orderLineDeclined: z.strictObject({
        weighed: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        $denials: z.string().optional(),
        denials: z.array(z.string().min(1)).min(1),
        $goesOn: z.string().optional(),
        /** Words in a cancellation's bracketed reason telling the study goes on ("(still needed)"); a trailing "*" is a stem. */
        goesOn: z.array(z.string().regex(/^[a-z]+\*?$/)).min(1),
        $notOfStudy: z.string().optional(),
        notOfStudy: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        $reinstated: z.string().optional(),
        /** Words after a declined or done study that order it all the same ("… declined by radiology; now approved"). */
        reinstated: z.array(z.string().min(1)).min(1),
        $doneBefore: z.string().optional(),
        /** A study told done before right after its name ("(already done last week at St Mary's, normal)"): `opens` the clause, a word of `past` in it. */
        doneBefore: z.strictObject({ opens: z.array(z.string().min(1)).min(1), past: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      }),
      /**
       * Keys under which a study is chosen, as written lower case with runs of other characters as one space: a
       * teaching vignette's "Answer:", "Resident's choice:", "Best next step:". A study their value opens on is the order.
       */
      /** A word of urgency right after a study's name that orders it ("C-collar on, CT C-spine stat, trauma team"). */
      urgentAfter: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** A word of urgency before a study's name that still opens the sentence on the study ("- STAT MRI whole spine"). */
      $urgentBefore: z.string().optional(),
      urgentBefore: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Words after an urgency-led study that leave it for a condition or another's decision ("- STAT MRI … if red flags develop"); a trailing "*" is a stem. */
      $relativesPossessive: z.string().optional(),
      /** A relative whose possessive ("Mom's") makes the study told after it the relative's (order-openings.ts afterStudyDash). */
      relativesPossessive: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      urgentNotNow: z.strictObject({
        $comment: z.string().optional(),
        words: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*\*?$/)).min(1),
        /** A bare "no" leaves the study too, except right before one of these ("no contrast", "no sedation"). */
        noBefore: z.array(z.string().regex(/^[a-z]+\*?$/)).min(1),
      }),
      /** A word that is urgency only when written twice right after the study's name ("CT C-spine now-now", as South Africans write "immediately"). */
      urgentDoubled: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      $closingLeads: z.string().optional(),
      closingLeads: z.array(z.string().regex(/^[a-z]+$/)),
      $closingStudyEnds: z.string().optional(),
      closingStudyEnds: z.array(z.string().regex(/^[a-z]+$/)),
      $closingListPast: z.string().optional(),
      closingListPast: z.array(z.string().min(1)),
      $closingLeadRefused: z.string().optional(),
      closingLeadRefused: z.array(z.string().regex(/^[a-z]+$/)),
      $closingOtherNeed: z.string().optional(),
      closingOtherNeed: z.array(z.string().regex(/^[a-z]+$/)),
      $statusAfter: z.string().optional(),
      /** An order's status closing the study's clause right after its name ("CT C-spine w/o contrast pending"): ordered, not yet done. */
      statusAfter: z.array(z.string().regex(/^[a-z]+$/)),
      $suspicionLeftOpen: z.string().optional(),
      /** Words in a suspicion's arrowed study's sentence that leave the choice open ("vs watchful waiting", "family to decide", "not for now"). */
      suspicionLeftOpen: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
      $suspicionTakenBack: z.string().optional(),
      /** Words in a suspicion's arrowed study's sentence or the next that refuse or put off the study ("refused", "mum prefers to wait"). */
      suspicionTakenBack: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
      $statusNotWith: z.string().optional(),
      /** Where "pending" orders nothing: a word of `before` ahead of the study's name (done elsewhere, a relative's), or a line keyed by one of `keys` (results, priors). */
      statusNotWith: z.strictObject({ before: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)), keys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)) }),
      answerKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /**
       * Keys of an Order alias that name the operation in a pre-op or procedure note ("Procedure: bilateral myringotomy
       * with tubes"), lower case: a value naming no study is the surgery, and the note's study ordered elsewhere is the order.
       */
      operationKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /**
       * The label that ends an order-entry line's key after the study it orders ("XR SCOLIOSIS SERIES (PA/LAT
       * STANDING) - reason text:", "MRI L-SPINE W/O - Indication:"), lower case: the study in the key is the order.
       */
      reasonLabels: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Plan keys that only recommend ("Recommendation:", "Advice:"): their study is no order line of the note. */
      proposingKeys: z.array(z.string().min(1)).min(1),
      /**
       * A transfer or transport note's receiving side ("Receiving:", "Accepting ED:"), a heading whose line is read as the
       * note's narrative (notes/headings.ts), normalised as proposingKeys: a sentence of it opening on a study is the study
       * the receiving side will do ("Receiving: MRI L-spine w/ contrast in the morning"), never one told done before, dated,
       * with its result or at another place ("Receiving: outside CT reviewed, normal", "Receiving hospital: XR T/L spine at
       * OSH neg.", "Accepting ED: CT done at OSH, no fracture").
       */
      receivingKeys: z.array(z.string().min(1)).min(1),
      /**
       * A Plan value naming one study that tells it done, with its result, as the reason for the plan ("reassured given normal
       * MRI", "reassurance, MRI was normal", "MRI already done"): no order of it (clinical/plan-study-told.ts).
       */
      planStudyTold: z.strictObject({
        $comment: z.string().optional(),
        reasons: z.array(z.string().min(1)).min(1),
        fillers: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
        told: z.array(z.string().min(1)).min(1),
        reportVerbs: z.array(z.string().min(1)).min(1),
        done: z.array(z.string().min(1)).min(1),
      }),
      /**
       * Beside a study passed over for the course condition opening its Plan sentence ("If worse: MRI. …"), what makes a later
       * study no order either: a condition or an alternative before it in its clause ("otherwise XR L-spine at review"), or
       * words telling it done before ("XR L-spine from 4/2 reviewed with family").
       */
      besideConditioned: z.strictObject({
        $comment: z.string().optional(),
        alternatives: z.array(z.string().min(1)).min(1),
        told: z.array(z.string().min(1)).min(1),
      }),
      /**
       * Keys, normalised as receivingKeys, whose line names what is to be done in a setting or as a procedure ("ED plan: CT T/L
       * spine w/o contrast, CXR, FAST", "ED: CT lumbar spine without contrast.", "Proc: whole-body MRI … complete spine, no
       * contrast"): read as the receiving side's line is, so a study told done, dated, with its result or elsewhere ("Proc: US
       * guided LP 2 days ago", "ED: CT C-spine neg for fx") and a line that is no study ("ED: seen and discharged") order nothing.
       */
      plannedStudyKeys: z.array(z.string().min(1)).min(1),
      /** On such a line, words telling the procedure gone through ("tolerated well", "uneventful", "EBL"): it was done, no order. */
      procedureWent: z.array(z.string().min(1)).min(1),
      /** A bare "ED:"/"ER:"/"Proc:" key: the words that make its line what was done, not the plan (order-openings.ts bareKeySafe). */
      bareStudyKeys: z.object({
        $comment: z.string().optional(),
        keys: z.array(z.string().min(1)).min(1),
        settingKeys: z.array(z.string().min(1)).min(1),
        reportKeys: z.array(z.string().min(1)).min(1),
        /** Of reportKeys, those only a report fills ("Technique:", "Comparison:"): a report's title needs one with text. */
        reportContentKeys: z.array(z.string().min(1)).min(1),
        /** Words of a content key's text telling it still to come ("to be protocolled"): an order form's, no report's. */
        reportPending: z.array(z.string().min(1)).min(1),
        visitCues: z.array(z.string().min(1)).min(1),
        lineResults: z.array(z.string().min(1)).min(1),
        procedureWords: z.array(z.string().min(1)).min(1),
      }),
      /**
       * A study the writer recommends and, in the next sentence, orders without naming it again ("I recommend MRI lumbar spine
       * … Will obtain in our clinic"): the recommending words, the ordering words and what may follow them (order-recommended.ts recommendedThenOrdered).
       */
      recommendedThenOrdered: z.object({
        $comment: z.string().optional(),
        recommends: z.array(z.string().min(1)).min(1),
        ordersIt: z.array(z.string().min(1)).min(1),
        objects: z.array(z.string().min(1)).min(1),
        deferrals: z.array(z.string().min(1)).min(1),
        otherItems: z.array(z.string().min(1)).min(1),
      }),
      /**
       * The request or order itself taken back, told after it ("Outcome: ordering MD agreed - request WITHDRAWN",
       * "order cancelled by the team"): the note then orders nothing, whatever line placed it.
       */
      withdrawn: z.array(z.string().min(1)).min(1),
      /**
       * Words that may stand just before "order" / "request" in a withdrawal and leave it the study's own ("the
       * order cancelled", "imaging request withdrawn"); any other word makes it another order's ("sedation request
       * cancelled", "PT order cancelled"). Study names are the study's own without being listed.
       */
      withdrawnOwn: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A request declined is the study's only after words of `by` alone, a study named, or the reason opening its sentence
       * (reasonOpens: "Not justified (…) - request declined"); after anything else it is that thing's ("Sedation (propofol) -
       * request declined").
       */
      declinedOwn: z.strictObject({
        $comment: z.string().optional(),
        by: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        reasonOpens: z.array(z.string().min(1)).min(1),
      }),
      $orderSystemRoute: z.string().optional(),
      /** The order-comms system a request goes by, before a spaced dash ahead of the study (clinical/order-system-route.ts). */
      orderSystemRoute: z.strictObject({
        systems: z.array(z.string().min(1)).min(1),
        orderWords: z.array(z.string().min(1)).min(1),
        refused: z.array(z.string().min(1)).min(1),
      }),
      $nurseProtocol: z.string().optional(),
      /** A nurse's study started by a standing protocol at a sentence's opening (clinical/nurse-protocol.ts). */
      nurseProtocol: z.strictObject({
        nurses: z.array(z.string().min(1)).min(1),
        started: z.array(z.string().min(1)).min(1),
        protocols: z.array(z.string().min(1)).min(1),
        held: z.array(z.string().min(1)).min(1),
        confirmed: z.array(z.string().min(1)).min(1),
        undone: z.array(z.string().min(1)).min(1),
      }),
      $speakerLabels: z.string().optional(),
      /** A doctor's speaker label keying a line that orders a study (clinical/study-mentions.ts unreadOrder). */
      speakerLabels: z.array(z.string().min(1)).min(1),
      $speakerLabelRefused: z.string().optional(),
      speakerLabelRefused: z.array(z.string().min(1)).min(1),
      $laterLineTakenBack: z.string().optional(),
      /** A later line taking back the study an earlier line ordered (clinical/order-taken-back-later.ts). */
      laterLineTakenBack: z.strictObject({
        speakers: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
        denials: z.array(z.string().min(1)).min(1),
        holds: z.array(z.string().min(1)).min(1),
        pending: z.array(z.string().min(1)).min(1),
        region: z.array(z.string().min(1)).min(1),
        copulas: z.array(z.string().min(1)).min(1),
        restored: z.array(z.string().min(1)).min(1),
        otherPatient: z.array(z.string().min(1)).min(1),
        $determiners: z.string().optional(),
        determiners: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        $notName: z.string().optional(),
        notName: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        $goesOn: z.string().optional(),
        goesOn: z.array(z.string().regex(/^[a-z][a-z/ -]*\*?$/)).min(1),
      }),
      /**
       * Words that take the study back only right after its name, on its own line and in its own clause ("MRI lumbar spine
       * w/o contrast (GA) for 2 y M cancelled by family today", "US spine CANCELLED"): the study is then no order, and the note
       * is read again for one placed in its place. Never in a sentence that books it again ("cancelled and rebooked").
       */
      withdrawnOnItsLine: z.array(z.string().min(1)).min(1),
      /**
       * A plan changed in the note itself: a study told first ordered (`first` within a few words before a word of `ordered`,
       * "I had initially requested a lumbar spine X-ray") and cancelled later in its sentence (`cancelled`, "… but this has
       * been cancelled"): no order; the note is read again for the study ordered in its place (clinical/order-withdrawn.ts).
       */
      changedPlan: z.strictObject({
        $comment: z.string().optional(),
        first: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        ordered: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        cancelled: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      }),
      /**
       * A scheduler's confirmation of the study booked ("Called mom to confirm US spine Thurs 0930", "confirming tomorrow's
       * MRI L-spine"): a word of `words` orders the study named right after it, past `skip` words only ("the", "tomorrow's");
       * never one whose result (`notOf`: "results", "report") or cancellation is confirmed ("confirm cancellation of US spine"),
       * nor one whose sentence goes on to cancel or decline it, or to say no order was placed (`undoneAfter`).
       */
      /**
       * Words right after "ordering" / "requesting" that make it the role of whoever placed the order, not an order
       * ("messaged ordering NP re: MRI instead", "per the requesting physician"): no order cue.
       */
      orderingRoles: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Order words that order only in the writer's own voice: the clause opens on them, or only the writer and words of
       * time stand before them ("Mum anxious, arranging MRI L-spine"); never after another's name or service, nor
       * "about" ("Neurosurgery arranging MRI L-spine", "Asked GP about arranging MRI L-spine"): no order cue there.
       */
      writerCues: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      /**
       * A patient sent to the study ("I sent her directly to MRI of the lumbosacral spine", "I am sending him to MRI of
       * the lumbar spine", "Sent to bone scan with SPECT"): a word of `verbs`, then only `between` words (whom, how),
       * then "to" or "for" and the study's name right after (past an article or a word of urgency). Sent to a clinic,
       * a person or a place ("sent to ED for MRI", "sent to neurosurgery") is no order of a study.
       */
      sending: z.object({
        verbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        between: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      confirmed: z.object({
        words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        skip: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        notOf: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words later in the confirmation's sentence that take the booking back or deny it ("; mom cancelled", "no order was placed"). */
        undoneAfter: z.array(z.string().min(1)).min(1),
      }),
      /**
       * An order put off to a later time or left to someone else, told with the study ("upright films at 3 months
       * (will order then)", "spinal US will be ordered by the surgical team"): the study is no order of this note.
       */
      orderedLater: z.array(z.string().min(1)).min(1),
      /** Words a closing study may have after it and still be told plainly for now ("XR L-spine ordered."; order-elsewhere.ts plainStudy). */
      plainStudyAfter: z.object({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      /** After a problem list item's dash, tests a template lists before the study ("- CBC, LDH, bone scan whole body"). */
      problemDashBeside: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }),
      /** After a problem list item's dash, words that make its study no order of this visit: a time to come, a result told. */
      problemDashNotNow: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }),
      /** After a problem list item's dash, a plan left to another team ("PCP to order", "onc will order"). */
      problemDashOthers: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }),
      /**
       * Words that open a sentence ordering the study named right after them, as clinicians in South Asia write an
       * order ("Advised X-ray LS spine AP/Lat", "Adv MRI L-spine"); "advised mum to return if worse", "advised that
       * MRI is not needed" name no study right after the word.
       */
      adviceOrders: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words that order the study named right after them, with nothing more in their sentence, as clinicians trained in East
       * and South-East Asia write an order ("Check CT L-spine with contrast", "mother very worried -> check MRI whole spine");
       * never "Check MRI from 2024", "Check MRI booking", nor after a study named earlier on the line (order-openings checkOrdersStudy).
       */
      checkOrders: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** After "check" and the study's name, a clause that only sends its report to someone ("and send report to GP"): still the order. */
      checkThenReport: z.strictObject({ $comment: z.string().optional(), opens: z.array(z.string().min(1)).min(1), maxAfter: z.number().int().min(1).max(8) }),
      /**
       * Words that open a sentence suggesting the study named right after them, as a physiotherapist, a chiropractor or an
       * osteopath who cannot order writes to the doctor who will ("Recommend MRI lumbosacral spine - letter to GP", "Suggest
       * spinal ultrasound via GP"): the study asked for is the order when no sentence orders one outright (a weak cue), and
       * read as advice otherwise (never asked, conditioned, timed for later, declined or told earlier).
       */
      adviceSuggests: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** When a suggestion (adviceSuggests) is no ask of the writer's: another's, told done, argued against, taken back (clinical/order-openings.ts suggestionWithheld). */
      adviceSuggestsWithheld: z.object({
        $comment: z.string().optional(),
        roles: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        talk: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        recipientBefore: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        against: z.array(z.string().min(1)).min(1),
        takenBack: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        done: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      /** Words right before "advised" that tell the advice of an earlier time ("previously advised", "was advised"): no order now. */
      adviceEarlier: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words in an advised study's own clause that condition it ("if", "in case", "SOS"): no order. */
      adviceConditioned: z.array(z.string().min(1)).min(1),
      /** Words on an advised study's line that tell it refused ("parents refused", "not willing"): no order. */
      adviceDeclined: z.array(z.string().min(1)).min(1),
      /**
       * Words that may follow a refusal in its clause and still tell the study itself refused ("MRI recommended but parents
       * declined today", "MRI declined by family this year", "declined it for now"): any other word names something else the
       * family refused ("US spine today - parents refused blood tests", "MRI L-spine w/o - parents refused GA, so feed and
       * wrap"), which leaves the study ordered.
       */
      refusalOwnWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words that close a refusal's clause ("parents refused GA, so feed and wrap", "declined today and want to wait"). */
      refusalClauseEnds: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * The new study's own approval, asked of the payer, not the change's ("request changed from XR L-spine to MRI L-spine w/o -
       * awaiting approval", "pending insurance authorization", "approval pending"): a word of `waiting`, maybe one of `payers`,
       * one of `approvals`; or one of `approvals` and one of `after`. Not one asked of a maker of the change (`notAskedOf`, the
       * opening letters of a word: "awaiting approval from the referrer").
       */
      studysApproval: z.strictObject({
        $comment: z.string().optional(),
        waiting: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        payers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        approvals: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        after: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        notAskedOf: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      /**
       * A study requested for a relative ("… for her older brother"): words that may stand between "for" and the relation
       * (`kinWords`, an apostrophe either way), and words after the relation that make it the child's own study asked for the
       * relative's sake (`forSake`: "for mum's reassurance", "for parental anxiety").
       */
      forAnother: z.strictObject({
        $comment: z.string().optional(),
        kinWords: z.array(z.string().regex(/^[a-z]+(?:'[a-z]+)?$/)).min(1),
        forSake: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      /** Words that tell a form's request pane's study done ("CPT requested: 72148 - completed"), beside prose.toldDone.after. */
      paneDone: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Keys opening the line after a request pane that tell the pane a report's ("Impression:", "Findings:"). */
      paneReportKeys: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words right before an order word that tell an intention not carried out ("I was going to order a spinal US - is it
       * needed?", "had planned to request an MRI"): the study is no order.
       */
      intentionUndone: z.array(z.string().min(1)).min(1),
      /**
       * A letter or message to the ordering clinician (a physiotherapist's, a referrer's) that asks for or suggests a
       * study in the writer's voice ("Please consider MRI lumbar spine", "I would suggest plain X-rays of the
       * thoracolumbar spine", "I wonder whether an MRI … would be appropriate", "I'd support an MRI L-spine"): the study
       * asked for is the note's order when nothing else is. `suggests` are the writer's phrases; `letter`, `salutations` and
       * `greetings` open a letter's first line ("To:", "Dear", "Hi Dr") and `signOffs` are the lines that close one ("Kind regards").
       */
      letterSuggestion: z.object({
        suggests: z.array(z.string().min(1)).min(1),
        /** First words of a letter's first line, read only with their colon ("To:", "Re:", "Attn:"). */
        letter: z.array(z.string().min(1)).min(1),
        /** Words that time a suggested study for later ("We recommend MRI lumbar spine when older", "… after the review"): nothing asked now. */
        later: z.array(z.string().min(1)).min(1),
        /** Salutations that open a letter by themselves ("Dear Dr Hughes"). */
        salutations: z.array(z.string().min(1)).min(1),
        /** Greetings that open a message only before "Dr"/"Doctor" ("Hi Dr Patel"). */
        greetings: z.array(z.string().min(1)).min(1),
        /** The titles a greeting must stand before to open a message ("Hi Dr Patel", "Hello Doctor"), one word each. */
        titles: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        /** Words that argue against the study suggested, in its sentence ("I would recommend against an MRI", "rather than"). */
        against: z.array(z.string().min(1)).min(1),
        /** Words that end the study's own phrase after the cue ("a renal ultrasound given the lumbar dimple"). */
        phraseEnds: z.array(z.string().min(1)).min(1),
        signOffs: z.array(z.string().min(1)).min(1),
      }),
      /** Cues that tell a study as done only right after its name ("XR L-spine obtained in ED"), never a few words on ("to be done"). One word each. */
      doneRightAfter: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** The first words of a requisition cue ("req done"): with a result told after it, it tells a study done. */
      requisitionWords: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      /**
       * The writer's own order entry ("I've put in an MRI", "we have entered a US spine", "added MRI L-spine to the GA list"):
       * `writers`, right before "put in" or "entered"; `proposingModals`, before "add", only propose ("could add an MRI");
       * `conditions`, after a study put in alongside another ("a referral to ortho and MRI L-spine if no better"), put it off.
       * One word each.
       */
      /** The writer's own request opening the clause after an arrow ("-> requesting CT L-spine"), read as a sentence of its own. */
      arrowOrders: z.strictObject({
        $comment: z.string().optional(),
        opens: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        /** Words ruling out the study that opens the sentence, before the arrow to the one done instead ("MRI c/i (pacemaker) → CT myelogram"). */
        $ruledOut: z.string().optional(),
        ruledOut: z.array(z.string().regex(/^[a-z/'-]+(?: [a-z/'-]+)*$/)).min(1),
      }),
      orderEntry: z.strictObject({
        $comment: z.string().optional(),
        writers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        proposingModals: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        conditions: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      /** A relative clause ordering the study before it: `pronouns`, then `writers`, then any `auxiliaries` ("which I've just ordered"); one word each. */
      relativeOrders: z.strictObject({
        $comment: z.string().optional(),
        pronouns: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        writers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
        auxiliaries: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      }),
      /**
       * A study another clinician may want later ("PCP may want x-ray", "provider may want an ultrasound of the spine"): one of
       * `subjects` (or prose.orderingRoles, prose.proposingServices) right before one of `modals`, the study after it in its
       * clause. No order of this note.
       */
      othersMayWant: z.strictObject({
        $comment: z.string().optional(),
        subjects: z.array(z.string().min(1)).min(1),
        modals: z.array(z.string().min(1)).min(1),
        /** Words that tell the writer ordered the study after all, in the rest of the sentence or the next ("- have ordered it myself"). */
        writerOrdered: z.array(z.string().min(1)).min(1),
      }),
      /** A clinician told ordering now ("The resident orders …", "PCP orders …", "the registrar requests …"): one of `clinicians`, at most one word between, one of `verbs`. */
      clinicianOrdersNow: z.strictObject({
        $comment: z.string().optional(),
        clinicians: z.array(z.string().min(1)).min(1),
        verbs: z.array(z.string().min(1)).min(1),
        /** Another service's words right before the clinician ("Orthopaedic registrar requests …"): that service's own plan. */
        services: z.array(z.string().min(1)).min(1),
        /** Words after the study in its sentence that take the order back, put it on a condition or tell it done (stems end in '*'). */
        undone: z.array(z.string().min(1)).min(1),
        /** Words anywhere after the order's sentence that cancel or change it ("then cancels the XR", "US instead"). */
        undoneLater: z.array(z.string().min(1)).min(1),
      }),
      /**
       * A senior's instruction the writer carries out ("reg said do xray LS spine", "consultant said to get MRI"): one of `seniors`,
       * one of `told`, maybe "to", then one of `actions` right before the study.
       */
      seniorInstruction: z.strictObject({
        $comment: z.string().optional(),
        seniors: z.array(z.string().min(1)).min(1),
        told: z.array(z.string().min(1)).min(1),
        actions: z.array(z.string().min(1)).min(1),
        /** Words after the study on its line that leave the instruction pending or conditioned ("- pending approval", "if parents agree"). */
        withheld: z.array(z.string().min(1)).min(1),
        /** Words before the senior in the sentence that make the instruction history ("at last visit", "Previous reg said"); "at 1 mo" and the like are read too. */
        history: z.array(z.string().min(1)).min(1),
        /** Words after the study on its line that tell it done, reported, disputed or cancelled; a word ending in "*" stands for any ending ("cancel*"). */
        undone: z.array(z.string().regex(/^[a-z ]+\*?$/)).min(1),
      }),
      /**
       * An order told of another visit, place or clinician, or never carried out, in the order's own sentence: a
       * place or clinician of another visit that ordered it ("Outside hospital ordered a CT", "urgent care ordered
       * x-rays"), a time of another visit ("had ordered XR last month", "at the 2-month visit"), or the study
       * abandoned ("pt left before it was done", "never scheduled"). Such a study is no order of this note.
       */
      orderedElsewhere: z.strictObject({
        $comment: z.string().optional(),
        places: z.array(z.string().min(1)).min(1),
        times: z.array(z.string().min(1)).min(1),
        abandoned: z.array(z.string().min(1)).min(1),
        /**
         * Words in the order word's own clause that date it to this visit, so a time of another visit beside it
         * dates something else ("Ordered XR today as the US at last visit was limited", "ordered 2 hours ago").
         */
        thisVisit: z.array(z.string().min(1)).min(1),
        /** Words that tell an order told with a time still open, an order of this episode ("ordered 2 weeks ago, still pending"). */
        stillOpen: z.array(z.string().min(1)).min(1),
        /**
         * Words that open another clause between the order word and a time or an abandonment, which then tell of
         * something else ("CT ordered after MVC 2 hours ago", "Ordered MRI because PT did not go well").
         */
        otherClause: z.array(z.string().min(1)).min(1),
        /**
         * Clinicians of another visit who ordered it, read after "by" too ("MRI L-spine solicited by the previous doctor,
         * not done"): unlike a place ("requested by outside clinic" is a requisition sent here), never this visit's team.
         */
        byClinicians: z.array(z.string().min(1)).min(1),
        /**
         * Words right before a place that make it the one who asked for the study, done here ("XR lumbar spine for the
         * dimple, per OSH request", "as per outside hospital"): not the place that ordered it.
         */
        askedPer: z.array(z.string().min(1)).min(1),
      }),
      /**
       * The family or the patient, named after "by" on a line that names the study ("Requested: MRI by the mother;
       * explained not indicated", "Solicited: MRI by the parents"): their wish, not the writer's order.
       */
      askedByFamily: z.array(z.string().min(1)).min(1),
      /** A choice of study left to someone or something later, before the study's name on its order line ("will let day team decide (MRI vs XR)"). */
      $decisionLeft: z.string().optional(),
      decisionLeft: z.array(z.string().min(1)).min(1),
      /** A decision's clause asking whether its study is needed or done at all ("whether MRI needed", "whether to order MRI"). */
      $decisionLeftWhether: z.string().optional(),
      decisionLeftWhether: z.strictObject({
        $needed: z.string().optional(),
        needed: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        $linking: z.string().optional(),
        linking: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        $toOrder: z.string().optional(),
        toOrder: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
        $articles: z.string().optional(),
        articles: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      }),
      /** A study named as one done before ("prior spine US", "previous MRI"): a Plan naming only it orders nothing. */
      $priorStudyNamed: z.string().optional(),
      priorStudyNamed: z.strictObject({
        $before: z.string().optional(),
        before: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
        $regions: z.string().optional(),
        regions: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
        $studies: z.string().optional(),
        studies: z.array(z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/)).min(1),
      }),
      /**
       * Words telling a sign found, in the clause before "by" ("haemangioma … found at bath time by dad", "noticed by mum"):
       * the family found the sign, no one asked for the study.
       */
      foundByFamily: z.strictObject({ $comment: z.string().optional(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
      /**
       * Under a meeting's outcome or plan, a sentence that opens on a study and tells it done without its result
       * (clinical/studies-key.ts resultsUnderStudiesKey): a word of `after` after its name ("XR L-spine done at OSH", "US spine
       * 2 wk ago", "MRI last month") or of `before` in its name ("previous MRI", "outside CT"). Whole words only.
       */
      toldDone: z.strictObject({
        $comment: z.string().optional(),
        after: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u)).min(1),
        before: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      }),
    }),
    /**
     * A teaching vignette or quiz (server/src/clinical/quiz.ts): the choices it lists ("A. XR lumbar spine  B. US
     * spine") are no order; the answer it gives ("Answer: B", "Correct answer: no imaging") decides the order; a
     * learner's choice marked wrong ("Resident's choice: XR L-spine (incorrect)") is none.
     */
    /**
     * A request, requisition or protocol line writes the clinical history after the study's own name and its technique
     * ("Request: US spine, 10 mo F, hairy patch", "Protocol: CT C-spine w/o contrast. 13 yo F, MVC"): clinical/request.ts.
     * `technique`: the words of a clause that only tells how the study is done or when ("STAT", "2 views", "thin sections
     * with sag/cor reformats", "feed and wrap", "sag T1"); such a clause after the study is still the study's, not history.
     */
    request: z.strictObject({
      $comment: z.string().optional(),
      technique: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
      /** A clause ending on one of these names the protocol the study is done by ("neonatal spine protocol", "peds trauma pathway"): technique too. */
      protocolNames: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A key the language does not know that holds one of these words ("Referrer's request (copied)", "Original request", "Clinician
       * request unchanged") and whose value opens on a quotation holds the clinician's request copied by a booking clerk: read as the
       * study's reason, as a quoted Request is (clinical/request.ts withQuotedRequestsRead).
       */
      quotedRequestKeys: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * A requisition's key of a modality (`modalities`, any spelling) and one of these words, its abbreviated request ("XR req:
       * scoliosis series …", "MRI req: …"), names the study requested (clinical/keyed-study.ts chosenStudyField); never "OSH req:" or "Mom req:".
       */
      modalityKeyEnds: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /**
       * Words a Referral or Order line opens on when its value is the referral letter itself, telling the child referred
       * ("Referral: infant w/ sacral dimple, 2 mm … Please perform spinal ultrasound"): the whole value is read as the
       * study's reason (clinical/request.ts requestHistories), never as the order.
       */
      referredChild: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    }),
    /**
     * Billing, charge and order-entry lines that carry a study's CPT code (clinical/coded.ts): "CHG REQ | 72148 | MRI
     * LUMBAR SPINE W/O CONTRAST | UNITS 1", "LN1  72158-26  MRI SPINE LMBR W/O&W/DYE", "72080  X-RAY EXAM THORACOLMB".
     * `lineLabels`: words that label such a line before its code ("CPT", "CHG", "LN1" read without its number);
     * `billingFields`: words of a billing column anywhere on the line ("UNITS 1", "QTY 1", "MOD --");
     * `priorLabels`: words before the code that tell a study done before ("PRIOR 76800: limited"), never the order.
     */
    coded: z.strictObject({
      $comment: z.string().optional(),
      lineLabels: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      billingFields: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      priorLabels: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words anywhere on the line or its heading that make it no order to do: cancelled, already posted, outside, prior. */
      lineStatus: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Phrases of a heading that tell the lines below were done before ("Imaging to date:", "Studies so far:"). */
      priorHeadings: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /**
       * Words after a prior or status word that make it a payer's authorization, not a study done ("prior auth
       * required", "prior authorization pending"): the line still orders its study.
       */
      authWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Verbs that make a line a sentence of prose ("CPT 72148 was denied last year"), not a billing line. */
      proseWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words labelling a number that is no CPT code ("ACCT 72146", "Member ID 72148", "MRN 72148"). */
      numberLabels: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Words between such a label and its number ("Member no. 72148", "Group number 72148"). */
      numberFillers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    }),
    /**
     * A payer's peer-to-peer or utilization review (clinical/coded.ts): the study under review is the order whatever the
     * outcome. `heads`: words a note opens on that make it one ("P2P", "Peer to peer", "Utilization review");
     * `studyKeys`: column keys that name the study reviewed ("Study:", "Requested study:", "Service requested:").
     */
    payerReview: z.strictObject({
      $comment: z.string().optional(),
      heads: z.array(z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/)).min(1),
      studyKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** An appeal's, a letter of medical necessity's or a UR summary's heading (coded.ts appealedOrder), read more strictly than `heads`. */
      appealHeads: z.array(z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/)).min(1),
      /** A subject line's label before an appeal head ("Re: Appeal of denied prior authorization - US spinal canal"). */
      subjectLabels: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      /** Study keys read below an appeal head alone on its line, beside `studyKeys` ("Service req:"). */
      appealStudyKeys: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Words that make an appeal heading's study no order: another person's, done, withdrawn, declined, another service, an alternative, a condition. */
      appealRefusals: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
    }),
    teaching: z.strictObject({
      $comment: z.string().optional(),
      /** Words that give the answer before a colon, a dash or "is" ("Correct answer: (b)", "Ans - C", "the correct answer is B"). */
      answers: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Words that give a learner's choice ("Resident's choice:", "Student's answer:", "Learner chose"). */
      learnerChoices: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
      /** Words after a learner's choice that mark it wrong ("(incorrect)", "- wrong", "not the best choice"). */
      wrongMarks: z.array(z.string().min(1)).min(1),
      /** An answer that chooses no study ("Answer: none", "Correct answer: no imaging; reassure"). */
      noneAnswers: z.array(z.string().min(1)).min(1),
      /** Words of a question that asks for the study, in the line before a list of unlabelled choices ("Which study next?"). */
      questions: z.array(z.string().min(1)).min(1),
      /** Words that tell no answer was given, around an answer's word ("called family, no answer - will discuss MRI"). */
      unanswered: z.array(z.string().min(1)).min(1),
    }),
  });

export const IcdFile = z.strictObject({
  codes: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10-CM code such as Q82.6'),
      label: z.string().min(1),
      finding: id.optional(),
    }),
  ),
});
export type IcdCode = z.infer<typeof IcdFile>['codes'][number];

export const SourcesFile = z.strictObject({ sources: z.array(SourceSchema).min(1) });
export const ProceduresFile = z.strictObject({ procedures: z.array(ProcedureSchema).min(1) });
export const FindingsFile = z.strictObject({ findings: z.array(FindingSchema).min(1) });
export const ScenariosFile = z.strictObject({ scenarios: z.array(ScenarioSchema).min(1) });

/**
 * The `rules` and `ultrasoundWindow` settings, one schema for the editor settings (lsp/settings.ts)
 * and rule packs; test/engine/settings-schema.test.ts holds package.json's contributions to it.
 */
export const SeveritySettingSchema = z.enum(['off', 'hint', 'information', 'warning', 'error']);
export const RuleIdSchema = id;
export const RuleSeveritiesSchema = z.record(RuleIdSchema, SeveritySettingSchema);
/** Months; past 2 years the window has long closed, so a larger number is a typo, not a setting. */
export const WindowMonthsSchema = z.number().min(0).max(24);
/**
 * The "closing" stretch runs from infoFromMonths up to warnAfterMonths, so info must not come after
 * warn (else "closing" is never reported and the hover speaks of "between 4 and 3 months"). A rule
 * pack states both, so an inverted pair there is refused as an authoring error; the editor settings
 * reader (lsp/readSettings.ts) sets them one at a time and clamps info to warn instead.
 */
export const UltrasoundWindowSchema = z
  .strictObject({
    warnAfterMonths: WindowMonthsSchema,
    infoFromMonths: WindowMonthsSchema,
    /** Judge the window on the preterm-corrected age when the note gives gestation (default: chronological). */
    useCorrectedAge: z.boolean().optional(),
  })
  .refine((w) => w.infoFromMonths <= w.warnAfterMonths, { message: 'infoFromMonths must not be greater than warnAfterMonths', path: ['infoFromMonths'] });

/** A rule pack (workspace or --config): data only, merged over the defaults. */
export const RulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: RuleSeveritiesSchema.optional(),
  ultrasoundWindow: UltrasoundWindowSchema.optional(),
  /** Extra spellings for known procedures, by procedure id. */
  procedureSynonyms: z.record(id, z.array(z.string().min(1).max(200)).max(200)).optional(),
  /** Extra phrases for known findings, by finding id. */
  findingPhrases: z.record(id, z.array(z.string().min(1).max(200)).max(200)).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;
/** A finding of the clinical vocabulary (hair tuft, fever, …), as opposed to the engine's lint Finding. */
export type ClinicalFinding = z.infer<typeof FindingSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type RatingCategoryT = z.infer<typeof RatingCategory>;
export type ProvenanceT = z.infer<typeof Provenance>;
export type SourceProvenanceT = z.infer<typeof SourceProvenance>;
export type RiskGradeT = z.infer<typeof RiskGrade>;
export type OrderVocabulary = z.infer<ReturnType<typeof orderVocabularySchema>>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type ModalityT = z.infer<typeof Modality>;
export type ContrastT = z.infer<typeof Contrast>;
export type FindingCategoryT = z.infer<typeof FindingCategory>;
