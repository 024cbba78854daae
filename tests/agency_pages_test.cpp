// Shapes of agency stories on regional and national pages the samples lacked: a German paper's dpa story (the agency
// after the byline's comma, reported speech in the Konjunktiv I after the cue's comma), a British site's PA story (the
// agency opening the correspondent's job, a caption's "(PA Media)" credit, a relative clause after the speaker's
// name, a passive "were promised") and a Belgian page's Belga story ("selon le bourgmestre", "Lire aussi : <title>"
// with the French space before the colon). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::quote_rows::check_quotes;
using archive::quote_rows::PageRow;

TEST_CASE("a related link's label before a spaced colon is the page's, not the text's", "[classify][related][agency]") {
    struct Row {
        const char* line;
        bool boilerplate;
    };
    const Row rows[] = {
        {"Lire aussi : Les piscines du canton face à la facture d'énergie", true}, // fr: the rule's case
        {"À lire aussi : Le tram de Vireval prolongé jusqu'à la gare", true},
        {"Lesen Sie auch : Neue Fähre für die Inselbewohner", true}, // de, spaced as some sites print it
        {"Lire aussi | Le budget de la commune adopté", true},          // the separator before the rule too
        {"Le maire a dit : nous verrons bien l'an prochain.", false},
        {"Lire le rapport : il compte deux cents pages et trois annexes.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_boilerplate_phrase(r.line) == r.boilerplate);
    }
}

TEST_CASE("an agency's name then its picture service in a caption's closing parenthesis is a credit",
          "[classify][credit][agency]") {
    struct Row {
        const char* line;
        bool credit;
    };
    const Row rows[] = {
        {"(PA Media)", true},  // en
        {"(AFP Photo)", true}, // fr
        {"(ANP Foto)", true},  // nl
        {"(EFE Foto)", true},  // es
        {"(Reuters)", false},  // a lone agency tags a text
        {"(AFP)", false},
        {"(PA Media said on Monday)", false},
        {"(Harbour Media)", false}, // no agency
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_credit_line(r.line) == r.credit);
    }
    const auto split = split_trailing_credit("Passengers wait at the ferry terminal after a cancelled sailing (PA Media)");
    REQUIRE(split);
    CHECK(split->first == "Passengers wait at the ferry terminal after a cancelled sailing");
    CHECK(split->second == "(PA Media)");
}

TEST_CASE("an agency after the byline's comma, alone or opening the author's job, is kept as a source",
          "[bylines][agency]") {
    struct Row {
        const char* lang;
        const char* line;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"de", "Von Jana Roth, dpa", {"Jana Roth", "dpa"}},
        {"en", "By Harriet Lowe, PA Political Correspondent", {"Harriet Lowe", "PA"}},
        {"fr", "Par Sophie Lambert, AFP", {"Sophie Lambert", "AFP"}},
        {"en", "By Jane Roe, Senior Writer", {"Jane Roe"}}, // a job without an agency
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
    // On a page the byline's agency is the text's source, unless a dateline prints the agency's own credit.
    const std::string page = R"(Wümmetaler Kurier
Marode Brücke gesperrt: Lastwagen müssen lange Umwege fahren
Seit Montag dürfen keine Lastwagen mehr über die alte Brücke fahren, und die Pendler stehen jeden Morgen im Stau.
Von Jana Roth, dpa
02.12.2026, 14:05 Uhr
)";
    const std::string body = "Die alte Brücke über die Wümme ist seit Montag für Lastwagen gesperrt. Prüfer hatten bei "
                             "einer Kontrolle Risse in zwei Stahlträgern entdeckt.\n"
                             "Busse dürfen die Brücke weiter nutzen, allerdings nur im Schritttempo und einzeln. An "
                             "beiden Ufern stehen seit Dienstag Ampeln, die den Verkehr regeln.\n";
    const Article plain = classify(segment(page + body), "de");
    REQUIRE(plain.source_tag);
    CHECK(plain.source_tag->raw == "dpa");
    CHECK(plain.authors == std::vector<std::string>{"Jana Roth"});
    const Article dated = classify(segment(page + "Hollerbeck (dpa) - " + body), "de");
    REQUIRE(dated.source_tag);
    CHECK(dated.source_tag->raw == "Hollerbeck (dpa) -");
    CHECK(dated.source_tag->agencies == std::vector<std::string>{"dpa"});
}

TEST_CASE("a role of a Belgian commune describes the person named with it before", "[quotes][roles][agency]") {
    check_quotes({
        // fr: "bourgmestre" is a role noun
        {"fr",
         {"« Le bassin fuit depuis des années », a déclaré le bourgmestre, Paul Marchal, lors de la séance.",
          "Selon le bourgmestre, la toiture date de l'ouverture du bâtiment en 1974."},
         "la toiture date de l'ouverture du bâtiment en 1974",
         "Paul Marchal",
         "le bourgmestre"},
        {"fr",
         {"L'échevine des Sports, Anne Colson, a présenté le projet au conseil communal lundi soir.",
          "Selon l'échevine, les clubs pourront utiliser la piscine de la commune voisine."},
         "les clubs pourront utiliser la piscine de la commune voisine",
         "Anne Colson",
         "l'échevine"},
        // de: the same shape with a role known before the rule
        {"de",
         {"„Wir hatten keine Wahl“, sagte Bürgermeister Henning Albers am Mittwoch.",
          "Laut dem Bürgermeister soll die Brücke im Frühjahr wieder offen sein."},
         "soll die Brücke im Frühjahr wieder offen sein",
         "Henning Albers",
         "dem Bürgermeister"},
    });
}

TEST_CASE("a short phrase with a preposition between the cue and \"that\" keeps the reported clause",
          "[quotes][indirect][agency]") {
    check_quotes({
        {"en",
         {"The shipyard said in a statement that it was working with the supplier to fix the faults."},
         "it was working with the supplier to fix the faults",
         "",
         "The shipyard"},
        {"fr",
         {"La commune a indiqué dans un communiqué que la piscine rouvrira ses portes en 2028."},
         "la piscine rouvrira ses portes en 2028",
         "",
         "La commune"},
        {"es",
         {"El ayuntamiento dijo en un comunicado que la piscina abrirá de nuevo en 2028."},
         "la piscina abrirá de nuevo en 2028",
         "",
         "El ayuntamiento"},
        {"de",
         {"Anna Berg erklärte in einer Mitteilung, dass die Brücke im Mai wieder öffnen werde."},
         "die Brücke im Mai wieder öffnen werde",
         "Anna Berg",
         "Anna Berg"},
        // the one spoken to between an English cue and "that"; a French cue reaches them with a preposition
        {"en",
         {"Transport minister Fiona Drummond told MPs that problems with the engines had delayed the ships."},
         "problems with the engines had delayed the ships",
         "Fiona Drummond",
         "Transport minister Fiona Drummond"},
        {"fr",
         {"La ministre Claire Dumont a dit aux députés que les navires seraient livrés en 2028."},
         "les navires seraient livrés en 2028",
         "Claire Dumont",
         "La ministre Claire Dumont"},
    });
}

TEST_CASE("a relative clause after the name opening the sentence leaves the name the cue's subject",
          "[quotes][indirect][agency]") {
    check_quotes({
        {"en",
         {"Alasdair Munro, who runs a haulage firm on the island, said some of his drivers had waited three days."},
         "some of his drivers had waited three days",
         "Alasdair Munro",
         "Alasdair Munro"},
        {"fr",
         {"Marc Roux, qui dirige le club de voile, a affirmé que la saison serait plus courte cette année."},
         "la saison serait plus courte cette année",
         "Marc Roux",
         "Marc Roux"},
        {"es",
         {"Ana Ruiz, quien dirige el club de vela, dijo que la temporada será más corta este año."},
         "la temporada será más corta este año",
         "Ana Ruiz",
         "Ana Ruiz"},
        {"it",
         {"Mario Rossi, che guida il circolo velico, ha detto che la stagione sarà più breve quest'anno."},
         "la stagione sarà più breve quest'anno",
         "Mario Rossi",
         "Mario Rossi"},
    });
}

TEST_CASE("German reports after the cue's comma in the Konjunktiv I without \"dass\"", "[quotes][indirect][agency]") {
    check_quotes({
        {"de",
         {"Ein Sprecher der Stadtverwaltung sagte, der Markt sei am Samstag gut besucht gewesen."},
         "der Markt sei am Samstag gut besucht gewesen",
         "",
         "Ein Sprecher der Stadtverwaltung"},
        {"de",
         {"Anna Berg sagte, die Händler seien mit dem neuen Standort sehr zufrieden."},
         "die Händler seien mit dem neuen Standort sehr zufrieden",
         "Anna Berg",
         "Anna Berg"},
    });
    // Words after the cue's comma with no verb of reported speech report nothing.
    const auto none = [](const char* lang, const char* paragraph) {
        INFO(paragraph);
        CHECK(extract_quotes(quote_rows::page(lang, "", {paragraph})).empty());
    };
    none("de", "Anna Berg sagte, als der Markt am Samstag öffnete, kein einziges Wort zu den Händlern.");
    none("en", "The spokesman said, after a long pause, nothing at all about the market on Saturday.");
}

TEST_CASE("a cue after a passive helper is no report of the words before it", "[quotes][indirect][agency]") {
    const auto none = [](const char* lang, const char* paragraph) {
        INFO(paragraph);
        CHECK(extract_quotes(quote_rows::page(lang, "", {paragraph})).empty());
    };
    none("en", "The new road will not open until 2028, a year later than the residents were promised.");
    none("en", "The ferries will not sail before the spring, three months later than the islanders were told.");
    // the subject before the cue still reports
    check_quotes({{"en",
                   {"The new road will not open until the summer of 2028, the county's transport director said."},
                   "The new road will not open until the summer of 2028",
                   "",
                   "the county's transport director"}});
}
