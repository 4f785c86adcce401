package org.diplomacytrends.common.lang;

/**
 * The roles a language's marker words play for the engine, one file per role in the language's
 * folder ({@code lang/<xx>/<file>}). The engine asks "is this place marked as a destination?", the
 * language answers with its words; the engine never holds a word of any language.
 */
public enum MarkerRole {
  /** Words right before a place that make it where a visit goes (赴X, visited X, в X). */
  DESTINATION_BEFORE("destination_before.txt"),
  /** Words that may stand between a destination word and the place (город, the city of, 中国); the longest that fits is skipped. */
  DESTINATION_BEFORE_FILLER("destination_before_filler.txt"),
  /** Words right after a place that make it where a visit goes (Xを訪問, X를 방문, Xで). */
  DESTINATION_AFTER("destination_after.txt"),
  /** Words that may stand between a place and its destination word after it (의회, 도청, 庁, 議会); the longest that fits is skipped. */
  DESTINATION_AFTER_FILLER("destination_after_filler.txt"),
  /** Words right before a place that make it where the visitors come from (来自X, from X, из X). */
  ORIGIN_BEFORE("origin_before.txt"),
  /** Words that may stand between an origin word and the place (администрации города, the); the longest that fits is skipped. */
  ORIGIN_BEFORE_FILLER("origin_before_filler.txt"),
  /** Words right after a place that make it where the visitors come from (Xから, X에서 온). */
  ORIGIN_AFTER("origin_after.txt"),
  /** Visit-type triggers that name no motion (a delegation noun, "led by"): the place after them owns the delegation. */
  NOT_MOTION("not_motion.txt"),
  /** Invitation words: "welcome … to go to X" invites a trip, it reports none. */
  INVITATION("invitation.txt"),
  /** Invitation verbs: a visit word in their clause is invited, not made ("invited the Kyrgyz side to visit"). */
  INVITATION_TO_VISIT("invitation_to_visit.txt"),
  /** Words that make an invitation the reason of a visit that took place (应X邀请, at the invitation of). */
  INVITATION_ACCEPTED("invitation_accepted.txt"),
  /** Words right before a place that make it the host inviting (应X邀请, at the invitation of X). */
  INVITER_BEFORE("inviter_before.txt"),
  /** Words right after a place that make it the host inviting (Xの招き, X의 초청). */
  INVITER_AFTER("inviter_after.txt"),
  /** Words by which the writer names its own region (我省, 本市, 本県, our province): the article's subject, as actor or destination. */
  SELF_REFERENCE("self_reference.txt"),
  /** A bare "the province" after a visit word that refers back to the article's province (посетившей провинцию). */
  BARE_PROVINCE("bare_province.txt"),
  /** Verbs that mean signing only with a document as object (conclude a visit or a deal; 交わす views). */
  GENERIC_SIGNING_VERB("generic_signing_verbs.txt", false),
  /** Words right before a city that make it where something happened (in X, 在X). */
  VENUE_BEFORE("venue_before.txt", false),
  /** Words right after a city that make it where something happened (Xで, X에서). */
  VENUE_AFTER("venue_after.txt", false),
  /** Relative-clause endings after a visit word that make the next foreign place the visitors' (来访的X, 訪れたX, 방문한 X). */
  VISITOR_RELATIVE_ENDING("visitor_relative_endings.txt"),
  /** Words right after a foreign place that make it a diplomat's country posted here (X驻哈尔滨总领事). */
  POSTED_AFTER("posted_after.txt"),
  /** Beginnings of official titles naming the subject's own office without the place (省长, 市委书记). */
  OWN_OFFICIAL_PREFIX("own_official_prefix.txt"),
  /** Plural visit nouns that name no act unless a destination word follows ("exchange visits" vs "visits to X"). */
  GENERIC_PLURAL("generic_plural.txt"),
  /** Words telling an act as done before the one reported (曾访问, had visited, 바 있다): its visit is background. */
  PRIOR_ACT("prior_act.txt"),
  /** Words right before a place that make it a diplomat's post (驻X, 駐X): never a destination. */
  POSTED_BEFORE("posted_before.txt"),
  /** Words right before a place that make it the seat of a diplomatic office named just before ("Consul General of X in Y", "консул … в Y"). */
  SEAT_BEFORE("seat_before.txt"),
  /** The nouns of signed documents (协议, agreement, соглашени): a signing counts only with one in view. */
  AGREEMENT_NOUN("agreement_nouns.txt", false);

  private final String file;
  private final boolean normalised;

  MarkerRole(String file) {
    this(file, true);
  }

  MarkerRole(String file, boolean normalised) {
    this.file = file;
    this.normalised = normalised;
  }

  /**
   * True when the markers are compared in normalised form (simplified Han, lower case), as the
   * text is; false for roles still compared as written.
   */
  public boolean normalised() {
    return normalised;
  }

  /** The file of this role in a language's folder. */
  public String file() {
    return file;
  }
}
