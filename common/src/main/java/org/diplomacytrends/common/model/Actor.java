package org.diplomacytrends.common.model;

/**
 * An official who takes part in an act: leads or joins a delegation, receives one, signs.
 *
 * @param side the Chinese side or the foreign counterpart
 * @param rank the rank class of the title
 * @param title the title as written in the evidence sentence (副省长, Governor, 知事, губернатор)
 * @param name the name as written, or null when the text gives the title alone
 * @param normalisedName the name in a form that compares across reports (spacing and case
 *     evened out, Chinese middle dots unified), or null with {@code name}
 */
public record Actor(ActorSide side, RankClass rank, String title, String name, String normalisedName) {
  public Actor {
    if (side == null || rank == null || title == null || title.isBlank()) {
      throw new IllegalArgumentException("an actor needs a side, a rank and a title: " + side + " " + rank + " " + title);
    }
    if (!rank.allows(side)) {
      throw new IllegalArgumentException("rank " + rank.code() + " is not a " + side.code() + " rank");
    }
    if ((name == null) != (normalisedName == null)) {
      throw new IllegalArgumentException("name and normalised name go together: " + name);
    }
  }
}
