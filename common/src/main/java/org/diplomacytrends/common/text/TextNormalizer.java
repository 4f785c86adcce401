package org.diplomacytrends.common.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Turns text into a same-length matching form with one table lookup per character: NFKC where it
 * maps one character to one character (fullwidth ASCII, ideographic space, compatibility
 * ideographs), Traditional to Simplified Chinese, Japanese shinjitai to Chinese forms, lower case,
 * and Cyrillic ё to е. Multi-character NFKC expansions are skipped on purpose: keeping the length
 * is what lets evidence offsets point into the original text.
 *
 * <p>The table is built once per JVM from ICU4J (whose transliterators are not thread-safe, which
 * is another reason not to call them per document); the normaliser itself is immutable and
 * thread-safe.
 */
public final class TextNormalizer {
  /**
   * Japanese shinjitai and other kanji forms that ICU's Traditional-Simplified leaves alone, mapped
   * to their simplified Chinese forms. Used for matching only.
   */
  private static final String[] SHINJITAI = {
    "黒黑", "竜龙", "広广", "遼辽", "沢泽", "浜滨", "県县", "斉齐", "満满", "図图", "発发", "対对",
    "経经", "済济", "関关", "連连", "駅驿", "鉄铁", "観观", "歓欢", "権权", "変变", "総总", "証证",
    "団团", "実实", "戦战", "単单", "営营", "労劳", "栄荣", "姫姬", "徳德", "恵惠", "仏佛", "弁办",
    "辺边", "釈释", "訳译", "択择", "沖冲", "桜樱", "薬药", "楽乐", "亜亚", "悪恶", "圧压", "囲围",
    "医医", "為为", "壱壹", "隠隐", "営营", "衛卫", "駆驱", "応应", "欧欧", "殴殴", "穏稳", "価价",
    "会会", "絵绘", "拡扩", "覚觉", "学学", "岳岳", "楽乐", "渇渴", "陥陷", "勧劝", "巻卷", "寛宽",
    "歓欢", "漢汉", "気气", "帰归", "偽伪", "戯戏", "犠牺", "旧旧", "拠据", "挙举", "峡峡", "挟挟",
    "狭狭", "暁晓", "区区", "駆驱", "勲勋", "径径", "恵惠", "掲揭", "渓溪", "継继", "軽轻", "鶏鸡",
    "芸艺", "県县", "険险", "圏圈", "検检", "献献", "顕显", "験验", "厳严", "広广", "恒恒", "黄黄",
    "鉱矿", "号号", "国国", "黒黑", "穀谷", "砕碎", "済济", "斎斋", "剤剂", "雑杂", "参参", "惨惨",
    "桟栈", "蚕蚕", "賛赞", "残残", "糸丝", "歯齿", "児儿", "辞辞", "湿湿", "実实", "写写", "釈释",
    "寿寿", "収收", "従从", "渋涩", "獣兽", "縦纵", "粛肃", "処处", "緒绪", "叙叙", "奨奖", "将将",
    "焼烧", "称称", "証证", "乗乘", "浄净", "剰剩", "畳叠", "縄绳", "壌壤", "嬢娘", "譲让", "醸酿",
    "触触", "嘱嘱", "真真", "寝寝", "慎慎", "尽尽", "図图", "粋粹", "酔醉", "随随", "枢枢", "数数",
    "瀬濑", "声声", "静静", "窃窃", "摂摄", "専专", "浅浅", "戦战", "践践", "銭钱", "潜潜", "繊纤",
    "禅禅", "双双", "壮壮", "争争", "荘庄", "捜搜", "挿插", "巣巢", "装装", "僧僧", "層层", "総总",
    "騒骚", "増增", "蔵藏", "臓脏", "即即", "属属", "続续", "堕堕", "体体", "対对", "帯带", "滞滞",
    "台台", "滝泷", "択择", "沢泽", "担担", "単单", "胆胆", "団团", "弾弹", "断断", "痴痴", "遅迟",
    "昼昼", "虫虫", "鋳铸", "庁厅", "聴听", "懲惩", "鎮镇", "逓递", "鉄铁", "転转", "点点", "伝传",
    "都都", "灯灯", "当当", "党党", "盗盗", "稲稻", "闘斗", "徳德", "独独", "読读", "届届", "縄绳",
    "難难", "弐贰", "悩恼", "脳脑", "覇霸", "廃废", "拝拜", "売卖", "麦麦", "発发", "髪发", "抜拔",
    "晩晚", "蛮蛮", "卑卑", "秘秘", "浜滨", "賓宾", "頻频", "敏敏", "瓶瓶", "侮侮", "福福", "払拂",
    "仏佛", "併并", "並并", "塀塀", "辺边", "変变", "弁办", "歩步", "舗铺", "宝宝", "豊丰", "褒褒",
    "没没", "翻翻", "毎每", "万万", "満满", "免免", "黙默", "弥弥", "訳译", "薬药", "与与", "予予",
    "余余", "誉誉", "揺摇", "様样", "謡谣", "来来", "頼赖", "乱乱", "覧览", "略略", "竜龙", "両两",
    "猟猎", "緑绿", "涙泪", "塁垒", "類类", "励励", "礼礼", "隷隶", "霊灵", "齢龄", "暦历", "歴历",
    "恋恋", "炉炉", "労劳", "郎郎", "楼楼", "禄禄", "録录", "湾湾", "亘亘", "渉涉", "摂摄", "畑田",
    "込込", "峠峠", "蘇苏", "韓韩", "朝朝", "産产", "業业", "協协", "議议", "長长", "東东", "間间",
    "門门", "問问", "開开", "際际", "務务", "爾尔", "陝陕", "陜陕", "塩盐", "円圆", "縁缘", "圧压",
    "海海", "梅梅", "鬪斗", "隣邻", "郷乡", "響响", "姉姊", "覇霸", "緊紧", "帝帝", "硏研", "研研"
  };

  private static final TextNormalizer INSTANCE = new TextNormalizer();

  private final char[] table;

  private TextNormalizer() {
    table = buildTable();
  }

  /** The shared normaliser (its table is built once, on first use). */
  public static TextNormalizer get() {
    return INSTANCE;
  }

  /** Normalises a text, keeping its length. */
  public NormalizedText normalize(String original) {
    char[] out = new char[original.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[original.charAt(i)];
    }
    return new NormalizedText(original, new String(out));
  }

  /** Normalises a short string (a lexicon entry) the same way as texts. */
  public String normalizeTerm(String term) {
    return normalize(term).normalized();
  }

  /** The matching form of one character. */
  public char map(char c) {
    return table[c];
  }

  private static char[] buildTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = (char) c;
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c) || !Character.isDefined(c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
      if (nfkc.length() == 1) {
        t[c] = nfkc.charAt(0);
      }
    }
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char m = t[c];
      if (Character.UnicodeScript.of(m) == Character.UnicodeScript.HAN) {
        String simplified = toSimplified.transliterate(String.valueOf(m));
        if (simplified.length() == 1) {
          t[c] = simplified.charAt(0);
        }
      }
    }
    for (String pair : SHINJITAI) {
      char from = pair.charAt(0);
      char to = pair.charAt(1);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (t[c] == from) {
          t[c] = to;
        }
      }
      t[from] = to;
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char m = t[c];
      char lower = Character.toLowerCase(m);
      if (lower == 'ё') {
        lower = 'е';
      }
      // Typographic apostrophes and dashes fold to ASCII so that "Russia’s" and "Russia's" match alike.
      if (lower == '\u2019' || lower == '\u2018') {
        lower = '\'';
      }
      t[c] = lower;
    }
    return t;
  }
}
