package org.diplomacytrends.common.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomacytrends.common.extract.VisitDirectionTable.Travellers;
import org.diplomacytrends.common.extract.VisitDirectionTable.Where;
import org.diplomacytrends.common.model.VisitDirection;
import org.junit.jupiter.api.Test;

/** The visit-direction table read row by row: each case names the row it exercises. */
class VisitDirectionTableTest {
  private static final Travellers NOBODY = new Travellers(null, false, false, false, false, false, false, false, false);

  private static Travellers subjectFirst() {
    return new Travellers(null, false, true, false, false, false, false, false, false);
  }

  private static Travellers foreignFirst() {
    return new Travellers(null, true, false, true, true, false, false, false, false);
  }

  @Test
  void abroadIsOutboundWhoeverTravels() {
    for (TriggerKind word : new TriggerKind[] {TriggerKind.VISIT, TriggerKind.VISIT_IN, TriggerKind.GO_TO,
        TriggerKind.INSPECTION, TriggerKind.VISIT_OUT, TriggerKind.VISIT_ABROAD}) {
      assertThat(VisitDirectionTable.decide(word, Where.FOREIGN, foreignFirst())).as("%s abroad", word)
          .isEqualTo(VisitDirection.OUTBOUND);
    }
  }

  @Test
  void aWordNamingItsForeignDestinationIsOutboundEvenToAProvince() {
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT_ABROAD, Where.OTHER_PROVINCE, NOBODY))
        .as("訪日団 with a Chinese place named").isEqualTo(VisitDirection.OUTBOUND);
  }

  @Test
  void comingWordsAreInboundUnlessToAnotherProvince() {
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT_IN, Where.UNNAMED, NOBODY)).as("来访").isEqualTo(VisitDirection.INBOUND);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT_IN, Where.OTHER_PROVINCE, subjectFirst()))
        .as("the subject's people arrive in another province").isEqualTo(VisitDirection.DOMESTIC);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT_IN, Where.OTHER_PROVINCE, NOBODY))
        .as("others arrive in another province").isNull();
  }

  @Test
  void goingHomeIsInboundForForeignersAndDomesticForTheSubject() {
    assertThat(VisitDirectionTable.decide(TriggerKind.GO_TO, Where.SUBJECT, foreignFirst())).as("外宾赴本省")
        .isEqualTo(VisitDirection.INBOUND);
    assertThat(VisitDirectionTable.decide(TriggerKind.INSPECTION, Where.OTHER_PROVINCE, subjectFirst())).as("赴外省考察")
        .isEqualTo(VisitDirection.DOMESTIC);
    assertThat(VisitDirectionTable.decide(TriggerKind.GO_TO, Where.CHINA, subjectFirst()))
        .as("the subject's people going to China as a whole").isNull();
  }

  @Test
  void plainVisitsHomeNeedOutsiders() {
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.SUBJECT, NOBODY)).as("nobody from outside").isNull();
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.SUBJECT, foreignFirst())).as("foreign visitors")
        .isEqualTo(VisitDirection.INBOUND);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.SUBJECT,
        new Travellers(Doc.Role.DOMESTIC, false, false, true, false, true, false, false, false)))
        .as("another province's people, from there").isEqualTo(VisitDirection.DOMESTIC);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.SUBJECT,
        new Travellers(null, false, false, true, false, true, false, true, true)))
        .as("another province's delegation named first, in an article that has foreign partners elsewhere")
        .isEqualTo(VisitDirection.DOMESTIC);
  }

  @Test
  void unnamedDestinationsFollowTheOrigin() {
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.UNNAMED,
        new Travellers(Doc.Role.FOREIGN, false, false, true, true, false, false, false, false))).as("visitors from abroad")
        .isEqualTo(VisitDirection.INBOUND);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.UNNAMED,
        new Travellers(Doc.Role.SUBJECT, false, false, false, false, false, false, false, false))).as("a delegation from the subject")
        .isEqualTo(VisitDirection.OUTBOUND);
    assertThat(VisitDirectionTable.decide(TriggerKind.VISIT, Where.UNNAMED, NOBODY)).as("nothing known").isNull();
  }
}
