package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SplittableRandom;

/** Japanese templates in the style of Japanese-language pages of Chinese provincial news. */
final class JaPack extends LanguagePack {
  private static final String[] OFFICIALS = {"省長", "副省長", "外事弁公室主任", "人民代表大会常務委員会副主任"};

  @Override
  String code() {
    return "ja";
  }

  @Override
  String[] outbound() {
    return new String[] {
      "{D1}から{D2}まで、{P}の{OFF}が率いる{P}政府代表団が{C}を訪問した。",
      "{P}の{OFF}は{D1}、経済貿易代表団を率いて{C}を訪れた。",
      "{C}側の招きにより、{P}の{OFF}が{D1}から{C}を公式訪問した。",
      "{D1}、{P}の{OFF}を団長とする代表団が{C}に到着し、友好訪問を開始した。",
      "{P}の{OFF}は{D1}から{D2}にかけて{C}を歴訪し、地方政府や企業と交流した。",
      "{D1}、{P}の{OFF}ら一行が{C}を訪問し、投資誘致説明会に出席した。",
      "{P}の友好代表団は{D1}、{P}の{OFF}の引率で{C}を訪れた。",
      "{D1}から{D2}まで、{P}の{OFF}が代表団を率いて{C}を訪問し、港湾や産業団地を見学した。",
    };
  }

  @Override
  String[] inbound() {
    return new String[] {
      "{D1}、{C}政府代表団が{P}を訪問し、{P}の{OFF}が会見した。",
      "{P}の{OFF}は{D1}、来訪した{C}の経済代表団と会談した。",
      "{C}の駐中国大使が{D1}に{P}を訪れ、{P}の{OFF}と会見した。",
      "{D1}から{D2}まで、{C}の友好交流団が{P}を訪問し、{P}の{OFF}が一行を歓迎した。",
      "{D1}、{C}から来た議員団が{P}に到着し、{P}の{OFF}と意見交換を行った。",
      "{P}の{OFF}は{D1}、{P}を訪れた{C}の地方政府代表団と会見した。",
      "{D1}、{C}の企業代表団が{P}を来訪し、{P}の{OFF}が歓迎の挨拶を述べた。",
      "{C}の青少年交流団は{D1}から{D2}まで{P}を訪問し、{P}の{OFF}の接見を受けた。",
    };
  }

  @Override
  String[] domestic() {
    return new String[] {
      "{D1}から{D2}まで、{P}の{OFF}が代表団を率いて{Q}を訪問し、外事分野の調査研究を行った。",
      "{P}の{OFF}は{D1}、{Q}を訪れ、友好都市交流の経験を学んだ。",
      "{D1}、{P}の{OFF}ら一行が{Q}を視察し、外資系企業へのサービスについて意見を交換した。",
      "{P}の外事視察団は{D1}、{P}の{OFF}の引率で{Q}を訪問した。",
      "{D1}から{D2}にかけて、{P}の{OFF}が{Q}を訪れ、国際交流の取り組みを調査した。",
      "{D1}、{P}の{OFF}が率いる代表団が{Q}に到着し、対口支援の枠組みで外事協力を協議した。",
      "{P}の{OFF}は{D1}から{Q}を訪れ、国際友好都市の資源共有について調査した。",
      "{D1}、{P}の{OFF}を団長とする外事代表団が{Q}を訪問し、現地の開放型経済を視察した。",
    };
  }

  @Override
  String[] agreement() {
    return new String[] {
      "{D1}、{P}と{C}は経済貿易協力に関する協定{N}件に調印した。",
      "{P}の{OFF}の立ち会いのもと、{P}と{C}の企業・機関が{D1}に協力協定{N}件に署名した。",
      "{D1}、{P}政府と{C}の地方政府は覚書{N}件を締結した。",
      "{P}と{C}は{D1}、農業や観光などの分野で協力文書{N}件に調印した。",
      "{D1}、{P}の{OFF}と{C}側の代表が協力協定{N}件に署名した。",
      "{P}と{C}の間で{D1}、経済協力に関する覚書{N}件が締結された。",
      "{D1}に開かれた商談会で、{P}と{C}の企業は協力協定{N}件を結んだ。",
      "{P}は{D1}、{C}の友好州と協力覚書{N}件に調印した。",
    };
  }

  @Override
  String[] titles() {
    return new String[] {
      "{P}と{X}、地方協力を深める",
      "{P}、{X}との交流を拡大",
      "外事ニュース：{P}と{X}",
      "{P}と{X}の友好関係、新たな段階へ",
      "{P}、{X}との実務協力を推進",
      "{P}と{X}、経済貿易で連携強化",
      "{P}と{X}の地方交流が活発化",
      "{P}、{X}と互恵協力の拡大へ",
    };
  }

  @Override
  String[] localTitles() {
    return new String[] {
      "今冬初の本格的な降雪、市内で除雪作業",
      "小中学校、秋の新学期の準備整う",
      "新しいバス路線が開通",
      "市立図書館、週末に親子読み聞かせ",
      "夏の穀物買い付けが順調に進む",
      "古い住宅団地の改修、半分以上完了",
      "インフルエンザ流行期、保健当局が注意喚起",
      "電力需要が今夏最高に",
    };
  }

  @Override
  String[] siteHeaders() {
    return new String[] {"ニュース > 地域", "トップ > ニュース > 外事", "日本語版 | ニュース", "ホーム > 最新情報"};
  }

  @Override
  String[] filler() {
    return new String[] {
      "気象台によると、今後三日間は曇りの日が多く、最高気温は{n1}度前後となる見込みだ。",
      "市の交通当局によると、今年に入って新たに{n1}路線のバスが開通し、{n2}路線で運行ダイヤが見直された。",
      "市教育局の統計では、今年秋に市内の小中学校に入学した新入生は約{n1}人に上った。",
      "保健当局はインフルエンザの流行期に入ったとして、高齢者や子どもは人混みを避けるよう呼びかけた。",
      "市農業農村局は、今年の穀物作付面積が約{n1}万ムーで安定していると明らかにした。",
      "市内では清掃作業員{n1}人余りが幹線道路の除雪作業にあたり、交通の確保に努めた。",
      "市立図書館は週末に親子向けの読み聞かせイベントを開き、絵本の貸し出しや工作体験を行う。",
      "電力会社によると、今週の最大電力需要は{n1}万キロワットに達したが、供給は安定している。",
      "市場監督当局は先月、市内{n1}か所の市場で食品の抜き取り検査を実施した。",
      "改修工事を終えた市体育センターのプールが営業を再開し、毎日午前9時から午後9時まで利用できる。",
      "市内では今年、{n1}か所の古い住宅団地の改修が進められ、約{n2}世帯が恩恵を受ける。",
      "消防当局は、階段や廊下で電動自転車を充電しないよう住民に注意を呼びかけた。",
    };
  }

  @Override
  String[] footers() {
    return new String[] {"（編集：佐藤）", "文字サイズ:[大 中 小]", "（翻訳・編集：日本語版編集部）", "関連記事：天気"};
  }

  @Override
  String dateLine(LocalDateTime t, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("  • リリース日:%tF %<tR", t);
      case 1 -> String.format("%d年%d月%d日 %d時%02d分", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
          t.getHour(), t.getMinute());
      default -> String.format("%tF %<tR  出所：ニュースセンター", t);
    };
  }

  @Override
  String day(LocalDate date) {
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  @Override
  void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random, Map<String, String> slots) {
    slots.put("P", subject.ja());
    slots.put("OFF", pick(OFFICIALS, random));
    if (fact.countryCode() != null) {
      slots.put("C", Vocabulary.country(fact.countryCode()).ja());
    }
    if (fact.provinceCode() != null) {
      slots.put("Q", Vocabulary.province(fact.provinceCode()).ja());
    }
    slots.put("N", Integer.toString(fact.count()));
  }

  @Override
  String counterpartName(GeneratedFact fact) {
    return fact.countryCode() != null ? Vocabulary.country(fact.countryCode()).ja()
        : Vocabulary.province(fact.provinceCode()).ja();
  }

  @Override
  String provinceName(Vocabulary.Province province) {
    return province.ja();
  }
}
