// An embedded social post inside the text, closed by its line "Posted by <name>
// on <date>" ("Gepostet von <name> am <date>", "Publicado por <name> el
// <date>": lexicon section embed_closers): the post's text right over that
// line, which repeats most of the words of a paragraph beside it, leaves the
// body with the closer; a line over the closer that repeats no paragraph stays.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page;
    const char* post; // the embedded post's text
    const char* kept; // the paragraph under the embed
};

} // namespace

TEST_CASE("an embedded post's text over its 'Posted by' line leaves the body", "[region][teasers][teasers30]") {
    for (const Row& r : {Row{"en", R"(Harbour Times
News
Ferries return to the eastern pier after winter repairs
By Jane Roe
March 3, 2026
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
"We have waited a long time for this day, and the whole island is ready to welcome visitors again," the mayor wrote on Facebook on Monday.
We have waited a long time for this day, and the whole island is ready to welcome visitors again! See you on the pier.
Posted by Island Council on Monday, March 2, 2026
The harbour master said the new moorings were safer than the old ones and would last for many years.
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.
)",
                             "We have waited a long time for this day, and the whole island is "
                             "ready to welcome visitors again! See",
                             "The harbour master said"},
                         Row{"de", R"(Hafenblatt
Nachrichten
Die Fähren fahren wieder vom Ostkai
Von Anna Muster
3. März 2026
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
„Wir haben lange auf diesen Tag gewartet, und die ganze Insel freut sich wieder auf Besucher“, schrieb der Bürgermeister am Montag auf Facebook.
Wir haben lange auf diesen Tag gewartet, die ganze Insel freut sich wieder auf Besucher! Bis bald am Kai.
Gepostet von Gemeinde Inselried am Montag, 2. März 2026
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.
)",
                             "Wir haben lange auf diesen Tag gewartet, die ganze Insel", "Der Hafenmeister sagte"},
                         Row{"es", R"(Diario del Puerto
Noticias
Los transbordadores vuelven al muelle este tras las reparaciones
Por Laura Benítez
3 de marzo de 2026
Los transbordadores a las islas salen de nuevo del muelle este tras un invierno de reparaciones en el norte.
"Hemos esperado mucho tiempo este día y toda la isla está lista para recibir visitantes otra vez", escribió el alcalde el lunes en Facebook.
Hemos esperado mucho tiempo este día, ¡toda la isla está lista para recibir visitantes otra vez! Nos vemos en el muelle.
Publicado por Ayuntamiento de la Isla el lunes, 2 de marzo de 2026
El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos y durarían años.
Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno pasado.
)",
                             "Hemos esperado mucho tiempo este día, ¡toda", "El capitán del puerto dijo"}}) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK_FALSE(test::has_paragraph_starting(a, r.post));
        CHECK(test::has_paragraph_starting(a, r.kept));
    }
}

TEST_CASE("a line over a 'Posted by' line that repeats no paragraph stays in "
          "the body",
          "[region][teasers][teasers30]") {
    // The post's own words, no copy of the article's: nothing printed twice,
    // nothing taken.
    const std::string en = R"(Harbour Times
News
Ferries return to the eastern pier after winter repairs
By Jane Roe
March 3, 2026
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The mayor greeted the first passengers on the quay with coffee and cakes from the island's bakery.
Island schools will visit the new terminal next week as part of a project on the history of the harbour.
Posted by Island Council on Monday, March 2, 2026
The harbour master said the new moorings were safer than the old ones and would last for many years.
)";
    const Article a = parse(en);
    CHECK(test::has_paragraph_starting(a, "Island schools will visit the new terminal"));
    const std::string de = R"(Hafenblatt
Nachrichten
Die Fähren fahren wieder vom Ostkai
Von Anna Muster
3. März 2026
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Der Bürgermeister begrüßte die ersten Fahrgäste am Kai mit Kaffee und Kuchen aus der Inselbäckerei.
Die Schulen der Insel besuchen nächste Woche das neue Terminal, im Rahmen eines Projekts zur Hafengeschichte.
Gepostet von Gemeinde Inselried am Montag, 2. März 2026
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.
)";
    CHECK(test::has_paragraph_starting(parse(de), "Die Schulen der Insel besuchen"));
}
