// Table-driven tests of speech set off by dashes, as agency stories print it: a line of dialogue opening after the
// full stop of a sentence inside its paragraph ("Anna Nowak jest zawiedziona. – Q – oceniła."), and reported words
// closed by a dash before the cue and its named subject ("Most zostanie zamknięty w maju – poinformował burmistrz
// Jan Kos."), where the language's [quote_conventions] read the dash so; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a line of dialogue may open after a sentence inside its paragraph", "[quotes][dialogue]") {
    check_quotes({
        {"pl",
         {"Prezes spółdzielni Halina Wróbel nie kryje złości. – To są pieniądze wyrzucone w błoto – oceniła."},
         "To są pieniądze wyrzucone w błoto", "Halina Wróbel"},
        {"pl",
         {"Mieszkańcy osiedla czekają na nowy przystanek od trzech lat. – Nikt nas nie pytał o zdanie – mówi "
          "sołtys Marek Lis."},
         "Nikt nas nie pytał o zdanie", "Marek Lis"},
        {"es",
         {"Los pescadores del puerto temen perder la temporada. —No vamos a ceder ni un metro —dijo el patrón "
          "Julio Vera."},
         "No vamos a ceder ni un metro", "Julio Vera"},
        // after a quote in marks earlier in the paragraph
        {"pl",
         {"Słowo „odwilż” pada w urzędzie coraz częściej. Radna Ewa Gil nie wierzy w zmiany. – Obiecują to od "
          "lat, a nic się nie dzieje – mówi Ewa Gil."},
         "Obiecują to od lat, a nic się nie dzieje", "Ewa Gil"},
    });
}

TEST_CASE("a line of dialogue inside a paragraph is a direct quote", "[quotes][dialogue]") {
    const auto qs = extract_quotes(page("pl", "", {"Halina Wróbel nie kryje złości. – To są pieniądze wyrzucone w "
                                                   "błoto – oceniła."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].kind == QuoteKind::direct);
}

TEST_CASE("a dash of parenthesis inside a sentence opens no line of dialogue", "[quotes][dialogue]") {
    // (no sentence ends before the first dash: no quote, though a cue follows the second)
    const auto qs = extract_quotes(page("pl", "", {"Objazd przez centrum – jak co roku – zapowiedział burmistrz, "
                                                   "potrwa do jesieni."}));
    CHECK(qs.empty());
}

TEST_CASE("a dash before the cue and its named subject closes reported words", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"pl", "Most na Wiśle zostanie zamknięty w maju na cztery miesiące – poinformował burmistrz Jan Kos.",
             "Most na Wiśle zostanie zamknięty w maju na cztery miesiące", "poinformował", "burmistrz Jan Kos"},
            {"pl", "Ceny biletów nie wzrosną do końca roku - zapewniła prezes spółki Anna Berg.",
             "Ceny biletów nie wzrosną do końca roku", "zapewniła", "prezes spółki Anna Berg"},
            // a time after the cue is no part of the mention, after a dash or a comma
            {"pl", "Ceny biletów nie wzrosną do końca roku – zapowiedział w czwartek wojewoda Piotr Lis.",
             "Ceny biletów nie wzrosną do końca roku", "zapowiedział", "wojewoda Piotr Lis"},
            {"pl", "Ceny biletów nie wzrosną do końca roku, zapowiedział w czwartek wojewoda Piotr Lis.",
             "Ceny biletów nie wzrosną do końca roku", "zapowiedział", "wojewoda Piotr Lis"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a dash before a cue reports nothing where the language reads no such dash or a second dash follows",
          "[quotes][indirect]") {
    // German goes on with the writer's words after such a dash; an insert between two dashes is no report
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"de", "Die Brücke am Hafen bleibt bis zum Herbst gesperrt – sagte man uns am Telefon."},
             {"pl", "Most na Wiśle zostanie zamknięty w maju – powiedział burmistrz – a objazd wyznaczono przez "
                    "centrum."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}
