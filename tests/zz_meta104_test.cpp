// Tests of the kinds of date lines and bylines meta104 saw unread or misread (invented pages, invented names): a date
// printed in columns between bars or spaces, a time with its seconds before the half of the day, a post's line of
// facts opened by the day's preposition and closed by its categories; and the kinds already read right, kept so: a
// label glued to the time, a name over an update's label, "um … Uhr" and "à …h…", a page printing its update's day
// only, a byline's date over the comments' dates.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"
#include "prepositioned_dates.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A page of an outlet's menu, a headline, the lines under it (`head`: a byline, a date line), three paragraphs and
// the lines closing it (`tail`).
std::string page_with(const std::string& headline, const std::vector<std::string>& head,
                      const std::vector<std::string>& text, const std::vector<std::string>& tail) {
    std::vector<std::string> lines = {"Der Seebote", "Startseite", "Region", "", headline};
    lines.insert(lines.end(), head.begin(), head.end());
    for (const std::string& paragraph : text) {
        lines.emplace_back("");
        lines.push_back(paragraph);
    }
    lines.emplace_back("");
    lines.insert(lines.end(), tail.begin(), tail.end());
    return test::page_of(lines);
}

const std::vector<std::string> text_de = {
    "Wenn die Tage länger werden, erwachen die Forellen im Doubs aus ihrer Winterruhe. Wer jetzt die richtigen "
    "Stellen kennt, hat gute Chancen auf einen schönen Fang.",
    "Besonders die ruhigen Abschnitte unterhalb der Staustufen lohnen sich. Dort sammeln sich die Fische und warten "
    "auf Insekten, die mit der Strömung kommen.",
    "Wichtig ist eine gültige Patentkarte, die man im Dorfladen oder online lösen kann. Die Schonzeiten sind streng "
    "und werden kontrolliert."};
const std::vector<std::string> text_fr = {
    "Le sommet du Chasseral offre en hiver un panorama sur les Alpes que peu de randonneurs connaissent. La montée "
    "depuis Nods prend environ trois heures.",
    "Il faut prévoir des raquettes, car le chemin balisé disparaît souvent sous la neige fraîche. Le restaurant du "
    "sommet reste ouvert le week-end.",
    "La descente vers Saint-Imier se fait par la forêt, à l'abri du vent, et rejoint la gare en deux heures."};
const std::vector<std::string> text_en = {
    "Two kayakers were rescued by the volunteer lifeboat crew off the Old Head on Friday afternoon after their boats "
    "capsized in strong winds.",
    "The crew launched within ten minutes of the alert and found the pair clinging to rocks near the lighthouse, cold "
    "but unharmed.",
    "The coxswain urged anyone going out on the water to check the forecast and carry a way to call for help."};
const std::vector<std::string> text_it = {
    "Il rifugio del Passo Bianco riapre dopo due anni di lavori, con trenta posti letto e pannelli solari sul tetto "
    "che coprono quasi tutto il fabbisogno.",
    "Il gestore, che vive lassù da quindici anni, dice di non aver mai visto tante prenotazioni prima dell'estate.",
    "La salita dalla funivia richiede circa tre ore per un escursionista allenato, un po' di più con la neve."};
const std::vector<std::string> text_es = {
    "El teatro municipal volvió a abrir sus puertas este jueves con una función de zarzuela que agotó las entradas "
    "en pocas horas.",
    "La reforma, que costó casi tres millones de euros, renovó el escenario, las butacas y el sistema de "
    "climatización del edificio.",
    "La alcaldesa agradeció la paciencia de los vecinos durante las obras y anunció una temporada con treinta "
    "funciones."};

struct LineRow {
    const char* line;
    const char* lang;
    const char* published; // "" for none
};

void check_lines(const std::vector<LineRow>& rows) {
    for (const LineRow& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
    }
}

} // namespace

TEST_CASE("a date printed in columns, day, month and year between bars or spaces", "[dates][meta104]") {
    check_lines({
        {"14 | 03 | 2023", "de", "2023-03-14"},
        {"08 | 02 | 2021", "fr", "2021-02-08"},
        {"30 | 11 | 2020", "it", "2020-11-30"},
        {"14 03 2023", "nl", "2023-03-14"},
        {"05 | 06 | 2022\tReisen | Natur\tText: Lena Brunner", "de", "2022-06-05"},
        // Near misses: a table's row of figures goes on after the year; the figures stand after a word; a day or a
        // month of one figure; figures amid words; a score and a year spaced; a month past 12 either way.
        {"12 | 05 | 2019 | 3 | 7", "de", ""},
        {"Tore 12 | 03 | 2020", "de", ""},
        {"3 | 4 | 2020", "en", ""},
        {"Zimmer 12 03 2020 frei", "de", ""},
        {"12 03 2020 14", "de", ""},
        {"14 | 15 | 2020", "de", ""},
    });
    // A month past 12 in the second column reads month first.
    CHECK(read_dates("03 | 14 | 2023", "en").published == std::optional<std::string>("2023-03-14"));
}

TEST_CASE("a time with its seconds keeps the half of the day after them", "[dates][meta104]") {
    check_lines({
        {"Tuesday, March 9, 2021 4:05:31 PM", "en", "2021-03-09T16:05"},
        {"March 9, 2021 11:59:02 pm", "en", "2021-03-09T23:59"},
        {"jueves, 4 de marzo de 2021 9:15:02 p. m.", "es", "2021-03-04T21:15"},
        {"4 de março de 2021 12:15:02 AM", "pt", "2021-03-04T00:15"},
        // Near misses: the same time without its half of the day, or in 24 hours, stays as printed; seconds past 59
        // are no seconds (the minutes are still read).
        {"Tuesday, March 9, 2021 4:05:31", "en", "2021-03-09T04:05"},
        {"12.03.2021 16:05:31 Uhr", "de", "2021-03-12T16:05"},
        {"March 9, 2021 4:05:71 PM", "en", "2021-03-09T04:05"},
    });
}

TEST_CASE("pages printing their day in columns or with seconds", "[dates][meta104]") {
    const Article bars_de = parse(page_with("Frühlingsforellen am Doubs",
                                            {"14 | 03 | 2023\tSchweiz | Reisen | Natur", "Text & Fotos: Lena Brunner"},
                                            text_de, {"© 2023 Der Seebote"}));
    CHECK(bars_de.headline == std::optional<std::string>("Frühlingsforellen am Doubs"));
    CHECK(bars_de.published == std::optional<std::string>("2023-03-14"));
    CHECK(bars_de.authors == std::vector<std::string>{"Lena Brunner"});

    const Article bars_fr = parse(page_with("Les crêtes du Chasseral sous la neige",
                                            {"08 | 02 | 2021", "Par Camille Roux"}, text_fr,
                                            {"© 2021 Le Carnet du Jura"}));
    CHECK(bars_fr.published == std::optional<std::string>("2021-02-08"));
    CHECK(bars_fr.authors == std::vector<std::string>{"Camille Roux"});

    const Article seconds_en = parse(page_with("Lifeboat crew rescue two kayakers off the Old Head",
                                               {"by Mara Quinn", "Tuesday, March 9, 2021 4:05:31 PM"}, text_en,
                                               {"Previous story", "Next story"}));
    CHECK(seconds_en.published == std::optional<std::string>("2021-03-09T16:05"));

    const Article seconds_es = parse(page_with("Reabre el teatro municipal tras dos años de obras",
                                               {"Por Lucía Ferrer", "jueves, 4 de marzo de 2021 9:15:02 p. m."},
                                               text_es, {"© 2021 El Mirador del Sur"}));
    CHECK(seconds_es.published == std::optional<std::string>("2021-03-04T21:15"));

    // Near miss: a table of results under the text, its rows between bars, gives the page no day.
    const Article table = parse(page_with("Frühlingsforellen am Doubs", {"Text & Fotos: Lena Brunner"}, text_de,
                                          {"Fänge der Saison", "12 | 05 | 2019 | 3 | 7", "14 | 06 | 2019 | 2 | 4"}));
    CHECK_FALSE(table.published.has_value());
}

TEST_CASE("a post's line of facts opened by the preposition of its day, its categories after the author",
          "[dates][bylines][meta104]") {
    struct Row {
        const char* line;
        std::vector<std::string> text;
        const char* published;
        const char* author;
    };
    const std::vector<Row> rows = {
        {"am 3. März 2024 von Lena Brunner in Reisen", text_de, "2024-03-03", "Lena Brunner"},
        {"am 3. März 2024 von Lena Brunner in Allgemein, Natur", text_de, "2024-03-03", "Lena Brunner"},
        {"on 3 March 2024 by Jane Roe in News", text_en, "2024-03-03", "Jane Roe"},
        {"le 3 mars 2024 par Jeanne Roux dans Actualités", text_fr, "2024-03-03", "Jeanne Roux"},
        {"il 3 marzo 2024 di Lucia Neri in Notizie", text_it, "2024-03-03", "Lucia Neri"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = parse(page_with("Ein Blogeintrag über den Frühling am See", {r.line}, r.text, {"Impressum"}));
        CHECK(a.published == std::optional<std::string>(r.published));
        CHECK(a.authors == std::vector<std::string>{r.author});
    }
    // Near misses: the line opened by the preposition is a sentence (no byline word after the day), or the byline
    // word is followed by no name.
    CHECK_FALSE(prepositioned_leading_date("Am Ende des Tages war alles gut", "de").has_value());
    CHECK_FALSE(prepositioned_leading_date("Die Feier am 3. März 2024 von 10 bis 12 Uhr", "de").has_value());
    const Article sentence = parse(page_with("Ein Blogeintrag über den Frühling am See",
                                             {"am 3. März 2024 wurde der Steg am Ufer eröffnet und gefeiert"}, text_de,
                                             {"Impressum"}));
    CHECK(sentence.authors.empty());
}

TEST_CASE("an update's label glued to its time names no place and no day of publication",
          "[dates][datelines][meta104]") {
    // "Updated09:41, 12 MAR 2021" over the text: its day and time are the update's; the glued label before the comma
    // was read as a press release's place and the day after it as the day published.
    for (const char* line : {"Updated09:41, 12 MAR 2021", "UPDATED21:05, 3 NOV 2020"}) {
        INFO(line);
        const Article a = parse(page_with("Lifeboat crew rescue two kayakers off the Old Head", {"By Ana Ruiz", line},
                                          text_en, {"© 2021 Harbour Echo"}));
        CHECK_FALSE(a.published.has_value());
        CHECK(a.updated.has_value());
        CHECK_FALSE(a.dateline.has_value());
        CHECK(a.authors == std::vector<std::string>{"Ana Ruiz"});
    }
    // The label spaced from its time reads the same.
    const Article spaced = parse(page_with("Lifeboat crew rescue two kayakers off the Old Head",
                                           {"By Ana Ruiz", "Updated 09:41, 12 MAR 2021"}, text_en,
                                           {"© 2021 Harbour Echo"}));
    CHECK_FALSE(spaced.published.has_value());
    CHECK(spaced.updated == std::optional<std::string>("2021-03-12T09:41"));
    // Near miss: a press release's place and day over its text stay its dateline and its day.
    const Article press = parse(page_with("Harbour board approves the new ferry terminal",
                                          {"HARFORD, March 12, 2021 – The harbour board today approved the plans for "
                                           "a new ferry terminal on the east pier, due to open in two years."},
                                          text_en, {"© 2021 Harbour Echo"}));
    CHECK(press.published == std::optional<std::string>("2021-03-12"));
}

TEST_CASE("date lines already read right: a name over an update's label, um … Uhr, à …h…, an update alone, a "
          "byline's date over the comments'",
          "[dates][bylines][meta104]") {
    // "Marta Vogel Zuletzt geändert am 05.06.2022": the name before the label is the author, the day the update's.
    const Article name_update = parse(page_with("So überwintern Geranien im Keller",
                                                {"Marta Vogel Zuletzt geändert am 05.06.2022"}, text_de,
                                                {"Impressum"}));
    CHECK(name_update.authors == std::vector<std::string>{"Marta Vogel"});
    CHECK(name_update.updated == std::optional<std::string>("2022-06-05"));
    CHECK_FALSE(name_update.published.has_value());

    // "Aktualisiert am 03.04.2022." under the text: the update's day, no publication's.
    const Article closing = parse(page_with("Komet über dem Nordhorizont sichtbar", {}, text_de,
                                            {"Aktualisiert am 03.04.2022.", "Impressum", "Datenschutz"}));
    CHECK(closing.updated == std::optional<std::string>("2022-04-03"));
    CHECK_FALSE(closing.published.has_value());

    // "12. März 2021 um 09:41 Uhr", "le 12 mars 2021 à 09h41" under the byline: the day published, with its time.
    const Article um_uhr = parse(page_with("Warum ich in diesem Winter weniger poste", {"Kiki Lorenz",
                                           "12. März 2021 um 09:41 Uhr"}, text_de, {"Impressum"}));
    CHECK(um_uhr.published == std::optional<std::string>("2021-03-12T09:41"));
    const Article a_h = parse(page_with("Un refuge rénové ouvre au-dessus de Chamonix",
                                        {"Par Louis Garnier", "le 12 mars 2021 à 09h41"}, text_fr,
                                        {"Mentions légales"}));
    CHECK(a_h.published == std::optional<std::string>("2021-03-12T09:41"));
    CHECK(a_h.authors == std::vector<std::string>{"Louis Garnier"});

    // "Updated March 9, 2021" the page's only date: RECORD.md's `updated`; `published` stays null (no guess).
    const Article update_only = parse(page_with("Lemon ricotta bars for a sunny afternoon",
                                                {"Updated March 9, 2021"}, text_en, {"© 2021 Kitchen Hearth"}));
    CHECK(update_only.updated == std::optional<std::string>("2021-03-09"));
    CHECK_FALSE(update_only.published.has_value());

    // "By Ana Ruiz 04 November 2020" under the headline, the comments' "17 September 2020 14:17" under the text: the
    // byline's day is the article's.
    const Article comments = parse(page_with("Nebula RX 7700 review: quiet and quick", {"By Ana Ruiz 04 November 2020"},
                                             text_en, {"Comments", "dustbyte 17 September 2020 14:17",
                                                       "Can't wait for this one.", "cobaltfox 17 September 2020 15:03",
                                                       "Price will be the deciding factor."}));
    CHECK(comments.published == std::optional<std::string>("2020-11-04"));
    CHECK(comments.authors == std::vector<std::string>{"Ana Ruiz"});

    // "7 April 2020Volume 172, Issue 7": a journal's date glued to the words is read.
    CHECK(read_dates("9 March 2021Volume 12, Issue 3", "en").published == std::optional<std::string>("2021-03-09"));
}
