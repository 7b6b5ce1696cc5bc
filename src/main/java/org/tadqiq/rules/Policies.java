package org.tadqiq.rules;

/**
 * Comparison policy knobs, read from rules/common/policies.yaml.
 *
 * @param approximateTolerance relative half-width of "about N" ("نحو 50" → [45, 55] at 0.1)
 * @param approximateNearMiss relative half-width within which an approximate figure that misses
 *     another ("about 45" against 50) makes their clash at most a possible discrepancy; 0: never
 * @param closeOpenBounds whether "more than N" still agrees with N (news round their figures)
 * @param officeSameTimeWindowDays two dated office claims further apart than this are not compared
 * @param eventSameTimeWindowDays two dated event claims further apart than this are about
 *     different events
 * @param conflictThreshold confidence from which a discrepancy counts as a conflict
 * @param furnitureRestMinPosition an end-of-article marker before this share of the text cuts only
 *     its own line (a share button at the top must not cut the article)
 * @param nameSimilarity the Jaro-Winkler similarity from which two name tokens are one name
 * @param nameSkeletonMinLength how long two name tokens must be for equal skeletons to make them
 *     one name ("ترمب"/"ترامب" yes; "حسن"/"حسين" no: too short, and different names)
 * @param officeTableTrustDays how long after its newest evidence an open term of the office table
 *     is still trusted (a minister may have been replaced since)
 * @param officeTableMarginDays articles this close to a change of holder are not judged by the
 *     table (a date of office is an announcement, an oath or a vote)
 * @param copySimilarity the estimated share of 5-word shingles from which two texts are copies
 *     of one dispatch
 * @param runningTallies what is counted in tallies that grow as they are reported (deaths,
 *     injured …): two figures of one are never a conflict, at most a possible one
 * @param onePerDayEvents kinds of event that do not happen twice at one place on one day (a plane
 *     crash, a summit): a shared day or town identifies them strongly even when no person does
 * @param oneSiteEvents kinds of event held at one site on one occasion (a meeting, a summit): two
 *     towns of one country are two places for them, even when only that country anchors the event
 *     (unlike a quake or a flood, which strike many towns of the countries they hit), and two
 *     towns for one of them on one day are an article contradicting itself
 * @param stateBodies the bodies (ids of the ORG lexicons) that are organs of a state: a state's
 *     ministries and army speak for one party, so their figures are not disputed between them
 * @param anonymousBodies the ORG ids that name no one ("a source", "a diplomat"): a figure they
 *     give is held by no named party, so it is never disputed
 * @param updateIdentityFigures how many figures of a running tally two dated announcements must
 *     share (and none differ) to be one announcement told twice (see align.Announcement)
 * @param updateIdentityStrength how firmly such shared figures and one party identify an
 *     announcement
 * @param impersonalEvents kinds of event nobody takes part in as a person (a quake, a flood, an
 *     air attack): the people their sentences name are victims, rescuers and spokesmen ("Mayor
 *     Vitalii Klitschko said 20 were injured"), so they never anchor the event — its countries
 *     and places do
 * @param manyTermsEvents kinds of event that set several lengths of time at once (a verdict: the
 *     prison term, its suspended part, a ban from office): a duration of one is compared only when
 *     its rule names which term it is ("duration:ban"), never as the event's one duration
 * @param seatedEvents kinds of event held by one body whatever the people its sentences name (a
 *     conclave is the Holy See's): the body is the event's one participant, so that every article
 *     keys the gathering alike (see {@link Seated})
 * @param calendarDays whether a length told as a whole number of days is rounded up to the days it
 *     touched: it lasted more than N-1 days and at most N ("two days" agrees with "barely 24 hours")
 * @param impersonalMeasures the amounts an event nobody takes part in has once (a quake's
 *     magnitude and depth; an entry ending in "@", such as "distance@", only when measured from a
 *     named place): told once by each of two sources, they identify one event (see
 *     compare.ImpersonalIdentity)
 * @param impersonalIdentityWindowDays how far apart two undated sources may be published for
 *     their one-value measures of an event nobody takes part in to be one event's
 * @param twoSidedEvents kinds of event nobody takes part in as a person that one state does to
 *     another (an air attack): a sentence names the attacker, the attacked or both, so a sentence
 *     naming some of the countries the article's lead names with that kind speaks of the lead's
 *     event, keyed by all of them
 * @param tallyDisputeWindowDays how many days apart the articles giving two figures of a running
 *     tally may be published for their parties' figures to be a dispute: further apart, the
 *     tally may have grown between them (41 Jordanian dead on 18 June, 75 on 23 June)
 * @param crossScriptNames how a name no list holds, in Arabic letters and in Latin letters, is
 *     told to be one name (see {@link CrossScript})
 * @param measuringBodies the ORG ids of bodies that measure a quake on their own (a geological
 *     survey, a seismological centre): two articles that each name a different one for their
 *     quake may give its magnitude as measured by each, even where the figure's sentence names
 *     neither (see compare.ImpersonalIdentity)
 * @param enclaves countries that lie inside a town of another (the Vatican in Rome), by id: a
 *     place of one agrees with that town and what holds it ("met at the Vatican", "met in Rome")
 * @param sharedOccasionKinds kinds of gathering whose days count together when a source tells of
 *     its people gathering on two days (a dinner on Monday, talks on Tuesday): another source's
 *     Monday meeting may be the dinner (see compare.EventAnchors#severalOccasions)
 * @param journeyEvents kinds of event a guest's arrival begins (a visit): a day after a word of
 *     arriving dates them, while it dates no other event the sentence names ("the first meeting
 *     since the guest arrived on Sunday" is no Sunday meeting)
 * @param earlierEventDays a time mark of a sentence (a month with its year, a dated day) that ends
 *     more than this many days before the article's publication dates an earlier occasion, like an
 *     earlier year (0: only earlier years do)
 * @param aftermathEvents kinds of event another may set off (a fire after a strike, a blast, a
 *     quake): their words name no event of their own beside another's (FrameFinder)
 * @param aftermathCauses the kinds of event that set off an aftermath kind
 * @param otherSystemTolerance relative half-width by which two figures told in units of two
 *     systems of measures ("6 miles", "10 km") are widened before they are compared: whoever
 *     converted one into the other rounded it; 0: compared as told
 * @param roundSameTimeWindowDays how many days apart two articles may be published for their
 *     numbers of a round of talks to be numbers of one round (further apart they tell of two)
 */
public record Policies(
    double approximateTolerance,
    Double approximateNearMiss,
    boolean closeOpenBounds,
    int officeSameTimeWindowDays,
    int eventSameTimeWindowDays,
    double conflictThreshold,
    double furnitureRestMinPosition,
    Double nameSimilarity,
    Integer nameSkeletonMinLength,
    Integer officeTableTrustDays,
    Integer officeTableMarginDays,
    Double copySimilarity,
    java.util.List<String> runningTallies,
    java.util.List<String> onePerDayEvents,
    java.util.List<String> stateBodies,
    java.util.List<String> anonymousBodies,
    java.util.List<String> oneSiteEvents,
    Integer updateIdentityFigures,
    Double updateIdentityStrength,
    java.util.List<String> impersonalEvents,
    java.util.List<String> manyTermsEvents,
    java.util.Map<String, Seated> seatedEvents,
    Boolean calendarDays,
    java.util.List<String> impersonalMeasures,
    Integer impersonalIdentityWindowDays,
    java.util.List<String> twoSidedEvents,
    Integer tallyDisputeWindowDays,
    CrossScript crossScriptNames,
    java.util.List<String> measuringBodies,
    java.util.Map<String, String> enclaves,
    Integer roundSameTimeWindowDays,
    java.util.List<String> journeyEvents,
    java.util.List<String> sharedOccasionKinds,
    Integer earlierEventDays,
    java.util.List<String> aftermathEvents,
    java.util.List<String> aftermathCauses,
    Double otherSystemTolerance) {
  /**
   * Consonant keys that let a name in Arabic letters and one in Latin letters be compared.
   *
   * @param similarity the Jaro-Winkler similarity from which two tokens' keys are one
   * @param minConsonants how many consonants two names need in all to be compared at all
   * @param arabic each Arabic letter's consonant class ("" for a vowel or a letter that drops)
   * @param latin each Latin letter's or spelling's class, a longer spelling before its letters
   * @param arabicLongVowels the Arabic letters written for a long vowel inside a word, each with
   *     its vowel's class ("ي" i, "و" u): where one stands between two consonants, the Latin
   *     spelling must write a vowel of that class there (حسين is not Hasan)
   * @param latinVowels each Latin vowel letter's class, for that check
   * @param same pairs of names the keys must find one (examples, run by the tests)
   * @param different pairs they must not (negatives)
   */
  public record CrossScript(double similarity, int minConsonants,
      java.util.Map<String, String> arabic, java.util.Map<String, String> latin,
      java.util.Map<String, String> arabicLongVowels, java.util.Map<String, String> latinVowels,
      java.util.List<java.util.List<String>> same, java.util.List<java.util.List<String>> different) {
    public CrossScript {
      arabic = arabic == null ? java.util.Map.of() : java.util.Map.copyOf(arabic);
      latin = latin == null ? java.util.Map.of() : java.util.Map.copyOf(latin);
      arabicLongVowels = arabicLongVowels == null ? java.util.Map.of()
          : java.util.Map.copyOf(arabicLongVowels);
      latinVowels = latinVowels == null ? java.util.Map.of() : java.util.Map.copyOf(latinVowels);
      same = same == null ? java.util.List.of() : java.util.List.copyOf(same);
      different = different == null ? java.util.List.of() : java.util.List.copyOf(different);
    }
  }

  /**
   * One kind of seated event.
   *
   * @param seat the id of the body that holds it (its one participant)
   * @param namedBy kinds of event word that name it too in an article that names it ("the secret
   *     meeting", "the election" of an article about a conclave)
   * @param stages kinds of event word that name a stage of it (a ballot of the conclave): they keep
   *     their kind, so a stage's length or position is never the whole gathering's, but take its seat
   */
  public record Seated(String seat, java.util.List<String> namedBy, java.util.List<String> stages) {
    public Seated {
      java.util.Objects.requireNonNull(seat, "a seated event needs its seat");
      namedBy = namedBy == null ? java.util.List.of() : java.util.List.copyOf(namedBy);
      stages = stages == null ? java.util.List.of() : java.util.List.copyOf(stages);
    }
  }

  public Policies {
    seatedEvents = seatedEvents == null ? java.util.Map.of() : java.util.Map.copyOf(seatedEvents);
    calendarDays = calendarDays != null && calendarDays;
    runningTallies = runningTallies == null ? java.util.List.of() : java.util.List.copyOf(runningTallies);
    onePerDayEvents = onePerDayEvents == null ? java.util.List.of() : java.util.List.copyOf(onePerDayEvents);
    stateBodies = stateBodies == null ? java.util.List.of() : java.util.List.copyOf(stateBodies);
    anonymousBodies = anonymousBodies == null ? java.util.List.of() : java.util.List.copyOf(anonymousBodies);
    oneSiteEvents = oneSiteEvents == null ? java.util.List.of() : java.util.List.copyOf(oneSiteEvents);
    journeyEvents = journeyEvents == null ? java.util.List.of() : java.util.List.copyOf(journeyEvents);
    sharedOccasionKinds =
        sharedOccasionKinds == null ? java.util.List.of() : java.util.List.copyOf(sharedOccasionKinds);
    impersonalEvents =
        impersonalEvents == null ? java.util.List.of() : java.util.List.copyOf(impersonalEvents);
    manyTermsEvents = manyTermsEvents == null ? java.util.List.of() : java.util.List.copyOf(manyTermsEvents);
    impersonalMeasures =
        impersonalMeasures == null ? java.util.List.of() : java.util.List.copyOf(impersonalMeasures);
    impersonalIdentityWindowDays =
        impersonalIdentityWindowDays == null ? 0 : impersonalIdentityWindowDays;
    earlierEventDays = earlierEventDays == null ? 0 : earlierEventDays;
    aftermathEvents = aftermathEvents == null ? java.util.List.of() : java.util.List.copyOf(aftermathEvents);
    aftermathCauses = aftermathCauses == null ? java.util.List.of() : java.util.List.copyOf(aftermathCauses);
    otherSystemTolerance = otherSystemTolerance == null ? 0 : otherSystemTolerance;
    twoSidedEvents = twoSidedEvents == null ? java.util.List.of() : java.util.List.copyOf(twoSidedEvents);
    nameSimilarity = nameSimilarity == null ? 0.95 : nameSimilarity;
    nameSkeletonMinLength = nameSkeletonMinLength == null ? 4 : nameSkeletonMinLength;
    officeTableTrustDays = officeTableTrustDays == null ? 365 : officeTableTrustDays;
    officeTableMarginDays = officeTableMarginDays == null ? 7 : officeTableMarginDays;
    copySimilarity = copySimilarity == null ? 0.5 : copySimilarity;
    updateIdentityFigures = updateIdentityFigures == null ? 2 : updateIdentityFigures;
    updateIdentityStrength = updateIdentityStrength == null ? 0.75 : updateIdentityStrength;
    tallyDisputeWindowDays = tallyDisputeWindowDays == null ? 1 : tallyDisputeWindowDays;
    measuringBodies = measuringBodies == null ? java.util.List.of() : java.util.List.copyOf(measuringBodies);
    enclaves = enclaves == null ? java.util.Map.of() : java.util.Map.copyOf(enclaves);
    approximateNearMiss = approximateNearMiss == null ? 0 : approximateNearMiss;
  }

  /**
   * Whether a figure's attribute is one of {@link #impersonalMeasures}: "magnitude" as it stands,
   * "distance@gn:1311874" by an entry "distance@" (a distance from a named place; a bare
   * "distance" from somewhere unsaid is not).
   */
  public boolean impersonalMeasure(String attribute) {
    int at = attribute.indexOf('@');
    return impersonalMeasures.contains(at < 0 ? attribute : attribute.substring(0, at + 1));
  }
}
