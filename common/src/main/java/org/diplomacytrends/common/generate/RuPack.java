package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Russian templates in the style of Russian regional press and Russian pages of Chinese provinces. */
final class RuPack extends LanguagePack {
  private static final List<String> MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
      "августа", "сентября", "октября", "ноября", "декабря");
  /** Official: nominative, genitive, instrumental. */
  private static final String[][] OFFICIALS = {
    {"губернатор", "губернатора", "губернатором"},
    {"вице-губернатор", "вице-губернатора", "вице-губернатором"},
    {"руководитель канцелярии по иностранным делам", "руководителя канцелярии по иностранным делам",
        "руководителем канцелярии по иностранным делам"},
    {"заместитель губернатора", "заместителя губернатора", "заместителем губернатора"},
  };

  @Override
  String code() {
    return "ru";
  }

  @Override
  String[] outbound() {
    return new String[] {
      "С {D1} по {D2} делегация провинции {P} во главе с {OFFi} провинции {P} посетила {Ca}.",
      "{D1} {OFFn} провинции {P} прибыл в {Ca} с официальным визитом.",
      "По приглашению властей {Cg} {OFFn} провинции {P} {D1} посетил {Ca}.",
      "{D1} делегация провинции {P}, которую возглавил {OFFn} провинции, прибыла в {Ca}.",
      "{OFFN} провинции {P} с {D1} по {D2} находился с рабочим визитом в {Cp}.",
      "{D1} {OFFn} провинции {P} во главе торговой делегации отправился с визитом в {Ca}.",
      "С {D1} по {D2} деловая делегация провинции {P} во главе с {OFFi} посетила {Ca}.",
      "{D1} {OFFn} провинции {P} начал визит в {Ca}, в ходе которого осмотрел промышленные парки.",
    };
  }

  @Override
  String[] inbound() {
    return new String[] {
      "{D1} {OFFn} провинции {P} принял делегацию из {Cg}, прибывшую в провинцию.",
      "С {D1} по {D2} правительственная делегация {Cg} посетила провинцию {P}, где её принял {OFFn} провинции.",
      "Посол {Cg} в КНР {D1} посетил провинцию {P} и провёл переговоры с {OFFi} провинции {P}.",
      "{D1} {OFFn} провинции {P} принял деловую делегацию из {Cg}, находящуюся в провинции с визитом.",
      "Делегация из {Cg} прибыла в провинцию {P} {D1}, гостей встретил {OFFn} провинции.",
      "{D1} в провинцию {P} с {DAYS} визитом прибыла делегация парламентариев {Cg}, которую принял {OFFn} провинции.",
      "{OFFN} провинции {P} {D1} провёл переговоры с делегацией из {Cg}, посетившей провинцию.",
      "С {D1} по {D2} молодёжная делегация из {Cg} побывала в провинции {P} и встретилась с {OFFi} провинции.",
    };
  }

  @Override
  String[] domestic() {
    return new String[] {
      "С {D1} по {D2} {OFFn} провинции {P} во главе делегации посетил провинцию {Q} для изучения опыта внешних связей.",
      "{D1} делегация провинции {P} во главе с {OFFi} провинции прибыла в провинцию {Q} с ознакомительной поездкой.",
      "{OFFN} провинции {P} {D1} посетил провинцию {Q}, где изучил опыт работы с городами-побратимами.",
      "{D1} {OFFn} провинции {P} с рабочей поездкой побывал в провинции {Q}.",
      "С {D1} по {D2} группа чиновников провинции {P} во главе с {OFFi} провинции посетила провинцию {Q}.",
      "{D1} {OFFn} провинции {P} прибыл в провинцию {Q} во главе делегации по вопросам внешнеэкономических связей.",
      "{OFFN} провинции {P} с {D1} по {D2} находился с рабочим визитом в провинции {Q}.",
      "{D1} делегация провинции {P}, возглавляемая {OFFi} провинции, посетила провинцию {Q} для обмена опытом.",
    };
  }

  @Override
  String[] agreement() {
    return new String[] {
      "{D1} провинция {P} и {Cn} подписали {NAGR} о сотрудничестве.",
      "{D1} в присутствии {OFFg} провинции {P} предприятия провинции {P} и {Cg} подписали {NAGR} о сотрудничестве.",
      "Правительство провинции {P} и региональные власти {Cg} {D1} подписали {NMEM} о взаимопонимании.",
      "{D1} компании провинции {P} и {Cg} заключили {NAGR} в сфере торговли и логистики.",
      "{D1} {OFFn} провинции {P} и представители {Cg} подписали {NDOC} о сотрудничестве.",
      "По итогам переговоров {D1} провинция {P} и {Cn} подписали {NAGR} о партнёрстве.",
      "{D1} провинция {P} и деловые круги {Cg} подписали {NAGR} о торгово-экономическом сотрудничестве.",
      "{D1} на форуме в провинции {P} предприятия провинции {P} и {Cg} заключили {NCON}.",
    };
  }

  @Override
  String[] titles() {
    return new String[] {
      "Провинция {P} и {X} углубляют сотрудничество",
      "Провинция {P} расширяет связи: {X}",
      "Внешние связи провинции {P}: {X}",
      "Провинция {P} и {X}: новый этап партнёрства",
      "Провинция {P} развивает обмены. {X}",
      "Провинция {P} и {X} нацелены на торговлю и энергетику",
      "Дружба провинции {P}: {X}",
      "Провинция {P} и {X} укрепляют связи",
    };
  }

  @Override
  String[] localTitles() {
    return new String[] {
      "Первый снег: коммунальщики работали всю ночь",
      "Школы готовы к новому учебному году",
      "Открыты новые автобусные маршруты",
      "Библиотека приглашает на семейные чтения",
      "Закупки зерна идут по графику",
      "Ремонт старых домов выполнен наполовину",
      "Врачи напоминают о сезоне гриппа",
      "Потребление электроэнергии достигло пика",
    };
  }

  @Override
  String[] siteHeaders() {
    return new String[] {"Новости | Регион", "Главная > Новости > Общество", "Амурский вестник | Новости",
        "Главная | Лента"};
  }

  @Override
  String[] filler() {
    return new String[] {
      "По прогнозу синоптиков, в ближайшие три дня будет преимущественно облачно, днём до {n1} градусов тепла.",
      "В городской транспортной службе сообщили, что с начала года открыто {n1} новых автобусных маршрутов.",
      "По данным управления образования, этой осенью в школы города пошли около {n1} первоклассников.",
      "Санитарные врачи напоминают, что начался сезон гриппа, и советуют пожилым людям и детям избегать мест массового скопления людей.",
      "Аграрии пригородных районов завершили уборку озимых, закупки зерна идут по графику.",
      "Более {n1} дорожных рабочих всю ночь расчищали улицы от снега и наледи.",
      "Городская библиотека проведёт в выходные семейные чтения с мастер-классами для детей.",
      "Пиковое потребление электроэнергии на этой неделе достигло {n1} мегаватт, энергосистема работает стабильно.",
      "Специалисты надзорного ведомства проверили продукты на {n1} рынках города, нарушений почти не выявлено.",
      "После ремонта вновь открылся бассейн городского спорткомплекса, он работает ежедневно с 9 до 21 часа.",
      "В этом году в городе ремонтируют {n1} старых жилых домов, работы выполнены более чем наполовину.",
      "Пожарные призывают жителей не заряжать электросамокаты в подъездах и регулярно проверять проводку.",
    };
  }

  @Override
  String[] footers() {
    return new String[] {"Редактор: Ирина Волкова", "Фото: пресс-служба", "Подписывайтесь на наш канал", "Читайте также: погода"};
  }

  @Override
  String dateLine(LocalDateTime t, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("%d %s %d, %tR", t.getDayOfMonth(), MONTHS.get(t.getMonthValue() - 1), t.getYear(), t);
      case 1 -> String.format("Опубликовано: %02d.%02d.%d %tR", t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t);
      default -> String.format("%tF %<tR", t);
    };
  }

  @Override
  String day(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1);
  }

  @Override
  void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random, Map<String, String> slots) {
    slots.put("P", subject.ru());
    String[] official = OFFICIALS[random.nextInt(OFFICIALS.length)];
    slots.put("OFFn", official[0]);
    slots.put("OFFN", capitalise(official[0]));
    slots.put("OFFg", official[1]);
    slots.put("OFFi", official[2]);
    slots.put("DAYS", pick(new String[] {"двухдневным", "трёхдневным", "четырёхдневным"}, random));
    if (fact.countryCode() != null) {
      Vocabulary.Country c = Vocabulary.country(fact.countryCode());
      slots.put("Cn", c.ruNom());
      slots.put("Cg", c.ruGen());
      slots.put("Ca", c.ruAcc());
      slots.put("Cp", c.ruPrep());
    }
    if (fact.provinceCode() != null) {
      slots.put("Q", Vocabulary.province(fact.provinceCode()).ru());
    }
    int n = fact.count();
    slots.put("NAGR", n + " " + plural(n, "соглашение", "соглашения", "соглашений"));
    slots.put("NMEM", n + " " + plural(n, "меморандум", "меморандума", "меморандумов"));
    slots.put("NDOC", n + " " + plural(n, "документ", "документа", "документов"));
    slots.put("NCON", n + " " + plural(n, "контракт", "контракта", "контрактов"));
  }

  /** Russian noun form after a number: 1 соглашение, 3 соглашения, 5 соглашений, 11 соглашений. */
  static String plural(int n, String one, String few, String many) {
    int mod100 = n % 100;
    int mod10 = n % 10;
    if (mod100 >= 11 && mod100 <= 14) {
      return many;
    }
    if (mod10 == 1) {
      return one;
    }
    return mod10 >= 2 && mod10 <= 4 ? few : many;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  String counterpartName(GeneratedFact fact) {
    return fact.countryCode() != null ? Vocabulary.country(fact.countryCode()).ruNom()
        : "провинция " + Vocabulary.province(fact.provinceCode()).ru();
  }

  @Override
  String provinceName(Vocabulary.Province province) {
    return province.ru();
  }
}
