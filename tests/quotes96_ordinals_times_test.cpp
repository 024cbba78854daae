// Tests of three kinds of German line (and their kin elsewhere) in the quotes
// stage: the dot of an ordinal figure
// ("am 12. Dezember", "in der 3. Liga") ends no sentence (quote_reader.cpp,
// ordinal_dot); a weekday glued to a time of the day ("am Dienstagmittag",
// "zaterdagavond") is a time, no part of a mention (quote_word_tags.cpp,
// weekday_time_compound); "wirft … ein" and "wierp … tegen" are separable cues
// (de.txt, nl.txt [speech_phrases]). Invented sentences.
#include <catch2/catch.hpp>

#include "quote_word_tags.hpp"
#include "quotes96_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the dot of an ordinal figure ends no reported sentence",
          "[quotes][sentences]") {
  check_only_quotes(
      {
          {"de",
           "Wie der Verband am Montag mitteilte, beginnt die Saison am 12. "
           "Dezember mit einem Heimspiel.",
           "beginnt die Saison am 12. Dezember mit einem Heimspiel",
           "mitteilte", "der Verband"},
          {"de",
           "Wie der Verein am Montag mitteilte, will die Mannschaft auch "
           "nächstes Jahr in der 3. Liga spielen.",
           "will die Mannschaft auch nächstes Jahr in der 3. Liga spielen",
           "mitteilte", "der Verein"},
          {"de",
           "Wie die Stadt am Montag mitteilte, steigen die Gebühren zum 1. "
           "Januar um vier Prozent.",
           "steigen die Gebühren zum 1. Januar um vier Prozent", "mitteilte",
           "die Stadt"},
          // (a month after the dot, whatever stands before the figures)
          {"de",
           "Wie die Polizei mitteilte, war die Straße bis 14. März gesperrt.",
           "war die Straße bis 14. März gesperrt", "mitteilte", "die Polizei"},
      },
      QuoteKind::indirect);
}

TEST_CASE("a figure closing a sentence still ends it", "[quotes][sentences]") {
  // (a verb or a noun before the figure: the next sentence is no part of the
  // report)
  check_only_quotes(
      {
          {"de",
           "Wie der Verein mitteilte, belegte die Mannschaft am Ende Platz 3. "
           "Dann begann die Pause.",
           "belegte die Mannschaft am Ende Platz 3", "mitteilte", "der Verein"},
          {"en",
           "The coach said the final score in the away game was 3. The team "
           "flew home on Sunday.",
           "the final score in the away game was 3", "said", "The coach"},
      },
      QuoteKind::indirect);
}

TEST_CASE("a weekday glued to a time of the day is a time word",
          "[quotes][mentions]") {
  const auto de = quoting::lexicons_for("de");
  const auto nl = quoting::lexicons_for("nl");
  CHECK(quoting::weekday_time_compound(de, "dienstagmittag"));
  CHECK(quoting::weekday_time_compound(de, "freitagabend"));
  CHECK(quoting::weekday_time_compound(de, "sonntagnachmittag"));
  CHECK(quoting::weekday_time_compound(nl, "zaterdagavond"));
  CHECK(quoting::weekday_time_compound(nl, "maandagochtend"));
  CHECK_FALSE(quoting::weekday_time_compound(de, "dienstag"));
  CHECK_FALSE(quoting::weekday_time_compound(de, "montagsdemonstration"));
  CHECK_FALSE(quoting::weekday_time_compound(nl, "zaterdagmarkt"));
}

TEST_CASE("a weekday glued to a time of the day is no part of the mention "
          "before a cue",
          "[quotes][mentions]") {
  check_only_quotes(
      {
          {"de",
           "Wie das Organisationskomitee am Dienstagmittag mitteilte, fällt "
           "das Rennen wegen Sturm aus.",
           "fällt das Rennen wegen Sturm aus", "mitteilte",
           "das Organisationskomitee"},
          {"de",
           "Wie der Veranstalter am Freitagabend bestätigte, wird das Konzert "
           "im Frühjahr nachgeholt.",
           "wird das Konzert im Frühjahr nachgeholt", "bestätigte",
           "der Veranstalter"},
      },
      QuoteKind::indirect);
}

TEST_CASE("an objection put in is a separable cue", "[quotes][cues]") {
  check_only_quotes(
      {
          {"de",
           "„Das Geld ist längst verplant“, wirft ein Sprecher der Stadt ein.",
           "Das Geld ist längst verplant", "wirft ein",
           "ein Sprecher der Stadt"},
          {"de",
           "„Das hätte man früher sagen müssen“, wandte die Ministerin ein.",
           "Das hätte man früher sagen müssen", "wandte ein", "die Ministerin"},
          {"nl", "\"Dat geld is allang uitgegeven\", wierp de wethouder tegen.",
           "Dat geld is allang uitgegeven", "wierp tegen", "de wethouder"},
      },
      QuoteKind::direct);
}

TEST_CASE("a whole sentence around an ordinal date is read as one clause",
          "[quotes][indirect]") {
  // (a participle whose helper stands before the comma closes one main clause;
  // a clause opened by "als" and an article or a preposition, its verb last, is
  // put before the main one: neither reports what comes before)
  check_no_quotes("de",
                  {
                      "Das hat die Bürgermeisterin am Montag, 14. März, den "
                      "Vereinen der Stadt in einem Schreiben mitgeteilt.",
                      "Als in Genf die Welt zur 12. Konferenz zusammenkam, "
                      "betonte der neue Bericht der Agentur die Lage.",
                      "Als die Stadt zum 1. Januar die Gebühren erhöhte, "
                      "kritisierte der Verband der Mieter die Pläne.",
                  });
  // (a helper after the comma: the words before it are reported)
  check_only_quotes(
      {
          {"de",
           "Die Stadt hat die Brücke bis zum 3. Mai gesperrt, wie ein Sprecher "
           "am Montag mitteilte.",
           "Die Stadt hat die Brücke bis zum 3. Mai gesperrt", "mitteilte",
           "ein Sprecher"},
          {"de",
           "Die Brücke bleibt bis zum 3. Mai für den Verkehr gesperrt, hat der "
           "Sprecher der Stadt gesagt.",
           "Die Brücke bleibt bis zum 3. Mai für den Verkehr gesperrt",
           "gesagt", "der Sprecher der Stadt"},
      },
      QuoteKind::indirect);
}
