// Bylines closed by the place the text was written in after a dash (head58): "Por X e Y — Rio de Janeiro", the shape
// of Brazilian dailies, and the same in Spanish, French, Italian and English. The place names nobody, and the second
// name before it is kept; and a place alone on a line over the date line (head94). Every line is invented.
#include "byline_desks.hpp"
#include "byline_rows.hpp"
#include "test_pages.hpp"

#include <algorithm>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("two authors joined before a dash and a place", "[classify][byline][head58]") {
    CHECK(byline_authors("Por Luiza Menezes e Pedro Tavares — Rio de Janeiro", "pt") ==
          Names({"Luiza Menezes", "Pedro Tavares"}));                                                        // pt
    CHECK(byline_authors("Por Carla Nunes e Rui Prado — São Paulo", "pt") ==
          Names({"Carla Nunes", "Rui Prado"}));                                                              // pt
    CHECK(byline_authors("Por Ana Ruiz y Luis Gil — Madrid", "es") == Names({"Ana Ruiz", "Luis Gil"}));     // es
    CHECK(byline_authors("Por Marta Solís y Pablo Vera - Buenos Aires", "es") ==
          Names({"Marta Solís", "Pablo Vera"}));                                                             // es
    CHECK(byline_authors("Par Anne Roux et Paul Martin — Lyon", "fr") == Names({"Anne Roux", "Paul Martin"})); // fr
    CHECK(byline_authors("di Mario Rossi e Anna Bianchi – Milano", "it") ==
          Names({"Mario Rossi", "Anna Bianchi"}));                                                           // it
    CHECK(byline_authors("By Jane Roe and John Doe — London", "en") == Names({"Jane Roe", "John Doe"}));    // en
    // one author before the place
    CHECK(byline_authors("Por Ana Ruiz — Madrid", "es") == Names({"Ana Ruiz"}));                            // es
    CHECK(byline_authors("Por Luiza Menezes — Belo Horizonte", "pt") == Names({"Luiza Menezes"}));         // pt
}

TEST_CASE("a dash before an agency, an outlet or a job is read as before", "[classify][byline][head58]") {
    CHECK(byline_authors("Por Ana Ruiz - EFE", "es") == Names({"Ana Ruiz", "EFE"}));
    CHECK(byline_authors("Par Jeanne Dupont - Le Quotidien", "fr") == Names({"Jeanne Dupont"}));
}

TEST_CASE("without_closing_place cuts a place, no outlet, job or agency", "[classify][byline][head58]") {
    CHECK(without_closing_place("Luiza Menezes e Pedro Tavares — Rio de Janeiro") == "Luiza Menezes e Pedro Tavares");
    CHECK(without_closing_place("Ana Ruiz y Luis Gil - Madrid") == "Ana Ruiz y Luis Gil");
    CHECK(without_closing_place("Anne Roux et Paul Martin – Saint-Étienne") == "Anne Roux et Paul Martin");
    // kept as they are
    CHECK(without_closing_place("Ana Ruiz - EFE") == "Ana Ruiz - EFE");
    CHECK(without_closing_place("Jane Roe — The Harbour Post") == "Jane Roe — The Harbour Post");
    CHECK(without_closing_place("Jean Dupont – Envoyé spécial") == "Jean Dupont – Envoyé spécial");
    CHECK(without_closing_place("Ana Souza - Repórter da Agência Brasil") == "Ana Souza - Repórter da Agência Brasil");
    CHECK(without_closing_place("Anna Muster – Der Seebote") == "Anna Muster – Der Seebote");
    CHECK(without_closing_place("Jane Roe") == "Jane Roe");
}

TEST_CASE("a Brazilian byline with a place over the body keeps both authors", "[classify][byline][head58]") {
    const Article a = test::page_under_title(
        "pt", "Prefeitura amplia horário dos ônibus noturnos a partir de janeiro",
        "Por Luiza Menezes e Pedro Tavares — Rio de Janeiro\n05/12/2026 08h14",
        "A prefeitura anunciou nesta sexta-feira que as linhas noturnas de ônibus vão circular até as duas da "
        "manhã a partir de janeiro, depois de meses de pedidos dos moradores da Zona Norte.");
    CHECK(a.authors == std::vector<std::string>{"Luiza Menezes", "Pedro Tavares"});
}

// The place a text was filed from, alone on a line over the page's date line under the head's lines (head94):
// "Texto: Ana Ruiz" / "Bilbao" / "Domingo, 6 de diciembre 2026, 00:15". It is the byline block's line, no heading of
// the body's first section.

namespace {

// A page's head in one language: the title, its standfirst, the byline, the place and the date line with its weekday;
// then the body's two paragraphs.
struct PlaceRow {
    const char* lang;
    const char* title;
    const char* deck;
    const char* byline;
    const char* place;
    const char* date;
    const char* first;
    const char* second;
};

const std::vector<PlaceRow>& place_rows() {
    static const std::vector<PlaceRow> rows = {
        {"es", "El coro de Zestoa vuelve a cantar en la catedral",
         "La agrupación prepara un concierto con partituras recuperadas de archivos parroquiales",
         "Texto: Nerea Aramendi",
         "Bilbao", "Domingo, 6 de diciembre 2026, 00:15",
         "El coro de Zestoa regresará el sábado a la catedral, diez años después de su última actuación en el templo.",
         "El concierto será gratuito y las entradas podrán recogerse en la oficina de turismo desde el miércoles."},
        {"fr", "Le chœur de Vernamiège retrouve la cathédrale",
         "L'ensemble prépare un concert avec des partitions retrouvées dans les archives de la paroisse",
         "Texte: Aline Rossier", "Lausanne", "Dimanche 6 décembre 2026, 00h15",
         "Le chœur de Vernamiège se produira samedi à la cathédrale, dix ans après son dernier concert dans l'édifice.",
         "Le concert sera gratuit et les billets pourront être retirés à l'office du tourisme dès mercredi."},
        {"de", "Der Chor aus Wiblingen singt wieder im Münster",
         "Das Ensemble probt für ein Konzert mit Noten, die im Pfarrarchiv wiederentdeckt wurden",
         "Von Sabine Ketterer",
         "Ulm", "Sonntag, 6. Dezember 2026, 00:15 Uhr",
         "Der Chor aus Wiblingen tritt am Samstag wieder im Münster auf, zehn Jahre nach seinem letzten Konzert dort.",
         "Der Eintritt ist frei, Karten gibt es ab Mittwoch in der Touristeninformation am Marktplatz."},
        {"it", "Il coro di Sorisole torna a cantare in Duomo",
         "Il gruppo prepara un concerto con spartiti ritrovati negli archivi della parrocchia", "di Giulia Pesenti",
         "Città Alta", "Domenica 6 dicembre 2026, 00:15",
         "Il coro di Sorisole tornerà sabato in Duomo, dieci anni dopo l'ultimo concerto nella cattedrale della città.",
         "Il concerto sarà gratuito e i biglietti si potranno ritirare all'ufficio turistico da mercoledì."},
    };
    return rows;
}

// The row's page: the site's menu, the head's lines glued one under the other (`with_byline`: the byline over the
// place, else the standfirst right over it), the body set apart by a blank line.
Article place_page(const PlaceRow& r, bool with_byline) {
    const std::string head = std::string(r.title) + "\n" + r.deck + "\n" +
                             (with_byline ? std::string(r.byline) + "\n" : std::string()) + r.place + "\n" + r.date;
    return classify(segment(std::string("Harbour Notes\nHome | Port | Sport\n\n") + head + "\n\n" + r.first + "\n\n" +
                            r.second + "\n\nShare\n"),
                    r.lang);
}

} // namespace

TEST_CASE("place_line reads a place, no job, agency or words of a language", "[classify][byline][head94]") {
    for (const char* place :
         {"Bilbao", "Città Alta", "Rio de Janeiro", "Sant Cugat del Vallès", "Ulm", "Saint-Denis"}) {
        INFO(place);
        CHECK(place_line(place));
    }
    for (const char* other : {"Envoyé spécial", "EFE", "Leer más", "Mehr zum Thema", "Texto: Nerea Aramendi",
                              "Bilbao 2026", "Lausanne.", "Il Giornale della Valle di Sopra e di Sotto"}) {
        INFO(other);
        CHECK_FALSE(place_line(other));
    }
}

TEST_CASE("a place over the date line under the byline or the standfirst heads no section",
          "[classify][byline][head94]") {
    for (const PlaceRow& r : place_rows())
        for (const bool with_byline : {true, false}) {
            INFO(r.lang << (with_byline ? " under the byline" : " under the standfirst"));
            const Article a = place_page(r, with_byline);
            REQUIRE_FALSE(a.sections.empty());
            CHECK_FALSE(a.sections.front().heading.has_value());
            CHECK(a.sections.front().paragraphs.front() == r.first);
            CHECK(test::in_boilerplate(a, r.place));
            CHECK(a.headline.value_or("") == r.title);
        }
}

TEST_CASE("a place over the date line under the photographer's credit heads no section", "[classify][byline][head94]") {
    // es, it: the credit of the pictures printed under the writer's byline, then the place and the date.
    const std::vector<std::pair<const char*, std::string>> heads = {
        {"es", "Texto: Nerea Aramendi\nFotografía: Ane Goiri\nBilbao\nDomingo, 6 de diciembre 2026, 00:15"},
        {"it", "di Giulia Pesenti\nFoto: Sara Locatelli\nBergamo\nDomenica 6 dicembre 2026, 00:15"},
    };
    for (const auto& row_head : heads) {
        const std::string_view lang = row_head.first;
        const std::string& head = row_head.second;
        INFO(lang);
        const PlaceRow& r = *std::find_if(place_rows().begin(), place_rows().end(),
                                          [&](const PlaceRow& row) { return row.lang == lang; });
        const Article a = classify(segment(std::string("Harbour Notes\nHome | Port | Sport\n\n") + r.title + "\n" +
                                           r.deck + "\n" + head + "\n\n" + r.first + "\n\n" + r.second + "\n\nShare\n"),
                                   r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(a.sections.front().heading.has_value());
        CHECK(a.sections.front().paragraphs.front() == r.first);
    }
}

TEST_CASE("a place over a date line inside the body, under a paragraph, stays in the text",
          "[classify][byline][head94]") {
    // (Near miss: no line of the head over it, a paragraph of the text instead.)
    for (const PlaceRow& r : place_rows()) {
        INFO(r.lang);
        const std::string page = std::string("Harbour Notes\nHome | Port | Sport\n\n") + r.title + "\n\n" + r.first +
                                 "\n\n" + r.second + "\n" + r.place + "\n" + r.date + "\n\n" + r.first + " " +
                                 r.second + "\n\nShare\n";
        const Article a = classify(segment(page), r.lang);
        CHECK_FALSE(test::in_boilerplate(a, r.place));
    }
}
