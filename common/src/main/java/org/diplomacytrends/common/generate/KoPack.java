package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SplittableRandom;

/** Korean templates in the style of Korean-language news of Chinese provinces and Korean regional press. */
final class KoPack extends LanguagePack {
  private static final String[] OFFICIALS = {"성장", "부성장", "외사판공실 주임", "인대 상무위원회 부주임"};

  @Override
  String code() {
    return "ko";
  }

  @Override
  String[] outbound() {
    return new String[] {
      "{D1}부터 {D2}까지 {P} {OFF/이} 인솔한 {P} 정부대표단이 {C/을} 방문했다.",
      "{P} {OFF/은} {D1} 경제무역대표단을 이끌고 {C/을} 방문했다.",
      "{C} 측의 초청으로 {P} {OFF/이} {D1} {C/을} 공식 방문했다.",
      "{D1} {P} {OFF/을} 단장으로 하는 대표단이 {C}에 도착해 우호 방문 일정을 시작했다.",
      "{P} {OFF/은} {D1}부터 {D2}까지 {C/을} 순방하며 현지 정부 및 기업과 교류했다.",
      "{D1} {P} {OFF} 일행이 {C/을} 방문해 투자유치 설명회에 참석했다.",
      "{P} 우호대표단은 {D1} {P} {OFF}의 인솔 아래 {C/을} 찾았다.",
      "{D1}부터 {D2}까지 {P} {OFF/이} 대표단을 이끌고 {C/을} 방문해 항만과 산업단지를 둘러봤다.",
    };
  }

  @Override
  String[] inbound() {
    return new String[] {
      "{D1} {C} 정부대표단이 {P/을} 방문했으며 {P} {OFF/이} 대표단을 회견했다.",
      "{P} {OFF/은} {D1} {P/을} 방문한 {C} 경제대표단과 회담했다.",
      "주중 {C} 대사가 {D1} {P/을} 방문해 {P} {OFF/과} 회견했다.",
      "{D1}부터 {D2}까지 {C} 우호교류단이 {P/을} 방문했으며 {P} {OFF/이} 일행을 환영했다.",
      "{D1} {C}에서 온 의원단이 {P}에 도착해 {P} {OFF/과} 의견을 나눴다.",
      "{P} {OFF/은} {D1} {P/을} 찾은 {C} 지방정부대표단을 만났다.",
      "{D1} {C} 기업대표단이 {P/을} 방문했고 {P} {OFF/이} 환영사를 했다.",
      "{C} 청소년교류단은 {D1}부터 {D2}까지 {P/을} 방문해 {P} {OFF/을} 만났다.",
    };
  }

  @Override
  String[] domestic() {
    return new String[] {
      "{D1}부터 {D2}까지 {P} {OFF/이} 대표단을 이끌고 {Q/을} 방문해 외사 분야 조사연구를 진행했다.",
      "{P} {OFF/은} {D1} {Q/을} 찾아 우호도시 교류 경험을 배웠다.",
      "{D1} {P} {OFF} 일행이 {Q/을} 고찰하고 외자기업 서비스에 대해 의견을 나눴다.",
      "{P} 외사고찰단은 {D1} {P} {OFF}의 인솔로 {Q/을} 방문했다.",
      "{D1}부터 {D2}까지 {P} {OFF/이} {Q/을} 방문해 국제교류 사업을 고찰했다.",
      "{D1} {P} {OFF/이} 이끄는 대표단이 {Q}에 도착해 대구지원 틀에서의 외사 협력을 협의했다.",
      "{P} {OFF/은} {D1} {Q/을} 방문해 국제우호도시 자원 공유 방안을 조사했다.",
      "{D1} {P} {OFF/을} 단장으로 하는 외사대표단이 {Q/을} 방문해 현지 개방형 경제를 고찰했다.",
    };
  }

  @Override
  String[] agreement() {
    return new String[] {
      "{D1} {P/과} {C/은} 경제무역 협력에 관한 {N}건의 협의를 체결했다.",
      "{P} {OFF/이} 입회한 가운데 {P/과} {C}의 기업과 기관들이 {D1} {N}건의 협력협의에 서명했다.",
      "{D1} {P} 정부와 {C} 지방정부는 {N}건의 양해각서를 체결했다.",
      "{P/과} {C/은} {D1} 농업과 관광 등 분야에서 {N}건의 협력문서에 서명했다.",
      "{D1} {P} {OFF/과} {C} 측 대표가 {N}건의 협력협정에 서명했다.",
      "{D1} {P/과} {C} 사이에 경제협력에 관한 양해각서 {N}건이 체결됐다.",
      "{D1} 열린 상담회에서 {P/과} {C}의 기업들은 {N}건의 협력협의를 맺었다.",
      "{P/은} {D1} {C}의 우호주와 {N}건의 협력 양해각서를 체결했다.",
    };
  }

  @Override
  String[] titles() {
    return new String[] {
      "{P}-{X} 지방 협력 심화",
      "{P}, {X/과}의 교류 확대",
      "대외교류 소식: {P/과} {X}",
      "{P}-{X} 우호관계 새 단계로",
      "{P}, {X/과} 실무협력 추진",
      "{P}-{X} 경제무역 련계 강화",
      "{P/과} {X}의 지방교류 활발",
      "{P}, {X/과} 호혜협력 확대",
    };
  }

  @Override
  String[] localTitles() {
    return new String[] {
      "올겨울 첫눈, 밤새 제설작업",
      "초중학교 가을학기 준비 완료",
      "새 버스노선 개통으로 출퇴근 편리",
      "시립도서관 주말 그림책 행사",
      "여름 곡물 수매 순조",
      "노후 주택단지 개조 절반 넘어",
      "독감 유행기, 보건당국 건강수칙 안내",
      "전력수요 여름 최고치 기록",
    };
  }

  @Override
  String[] siteHeaders() {
    return new String[] {"뉴스 > 지역소식", "홈 > 뉴스 > 대외교류", "조선문뉴스 | 사회", "홈 > 최신뉴스"};
  }

  @Override
  String[] filler() {
    return new String[] {
      "기상대는 앞으로 사흘 동안 흐린 날씨가 이어지고 최고기온은 {n1}도 안팎이 될 것으로 내다봤다.",
      "시 교통운수국에 따르면 올해 들어 버스노선 {n1}개가 새로 개통되고 {n2}개 노선의 운행시간이 조정됐다.",
      "시 교육국 통계에 따르면 올가을 시내 초중학교 신입생은 약 {n1}명에 이른다.",
      "보건 당국은 독감 유행 시기에 들어섰다며 노인과 어린이는 사람이 많은 곳을 피할 것을 당부했다.",
      "시 농업농촌국은 올해 곡물 파종 면적이 약 {n1}만무로 안정적이라고 밝혔다.",
      "환경미화원 {n1}여명이 밤새 주요 도로의 눈을 치워 교통 흐름을 확보했다.",
      "시립도서관은 주말에 부모와 아이를 위한 그림책 읽기 행사를 열고 공작 체험도 진행한다.",
      "전력회사에 따르면 이번 주 최대 전력수요는 {n1}만킬로와트에 달했으나 공급은 안정적이다.",
      "시장감독 당국은 지난달 시내 {n1}곳의 시장에서 식품 안전 표본검사를 실시했다.",
      "보수공사를 마친 시 체육센터 수영장이 다시 문을 열어 매일 오전 9시부터 오후 9시까지 이용할 수 있다.",
      "올해 시내 노후 주택단지 {n1}곳의 개조 공사가 절반 이상 진행돼 약 {n2}세대가 혜택을 받게 된다.",
      "소방 당국은 계단이나 복도에서 전동자전거를 충전하지 말 것을 주민들에게 당부했다.",
    };
  }

  @Override
  String[] footers() {
    return new String[] {"(편집: 김영철)", "(기자: 박민수)", "ⓒ 뉴스센터", "관련기사: 날씨"};
  }

  @Override
  String dateLine(LocalDateTime t, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("%tF %<tT", t);
      case 1 -> String.format("입력 %d.%02d.%02d %tR", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t);
      default -> String.format("%d년 %d월 %d일", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    };
  }

  @Override
  String day(LocalDate date) {
    return date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
  }

  @Override
  void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random, Map<String, String> slots) {
    slots.put("P", subject.ko());
    slots.put("OFF", pick(OFFICIALS, random));
    if (fact.countryCode() != null) {
      slots.put("C", Vocabulary.country(fact.countryCode()).ko());
    }
    if (fact.provinceCode() != null) {
      slots.put("Q", Vocabulary.province(fact.provinceCode()).ko());
    }
    slots.put("N", Integer.toString(fact.count()));
  }

  @Override
  String counterpartName(GeneratedFact fact) {
    return fact.countryCode() != null ? Vocabulary.country(fact.countryCode()).ko()
        : Vocabulary.province(fact.provinceCode()).ko();
  }

  @Override
  String provinceName(Vocabulary.Province province) {
    return province.ko();
  }
}
