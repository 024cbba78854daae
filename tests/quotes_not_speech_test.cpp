// Table-driven tests of the quotes stage: quote marks and cues that report no speech (a name given to a thing, a
// participle whose object follows it), and the speaker of an opinion column's headline.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using archive::quote_rows::check_speakers;

namespace {

struct NameRow {
    const char* lang;
    const char* paragraph;
    const char* name; // the words in quote marks, nobody's
};

} // namespace

TEST_CASE("a name given to a thing right after a word of naming is nobody's words", "[quotes][filter][naming]") {
    const NameRow rows[] = {
        {"en", "For a decade the whole archive was a folder called \"old-papers\" and a shoebox of receipts.",
         "old-papers"},
        {"en", "Every record sat in a box named \"old papers\" for years, the mayor, Jane Roe, told the council.",
         "old papers"},
        {"de", "Alle Unterlagen lagen in einem Ordner namens „alte sachen“, erzählte die Bürgermeisterin Anna Berger.",
         "alte sachen"},
        {"fr", "Toutes les archives tenaient dans un dossier appelé « vieux papiers », a raconté la maire, Anne Dupré.",
         "vieux papiers"},
        {"es", "Todo estaba en una carpeta llamada «papeles viejos», contó la alcaldesa, Ana Ruiz, el lunes.",
         "papeles viejos"},
        {"it", "Tutto stava in una cartella chiamata «vecchie carte», ha raccontato la sindaca, Anna Rossi.",
         "vecchie carte"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        CHECK(find_quote(extract_quotes(body(r.lang, {r.paragraph})), r.name) == nullptr);
    }
}

TEST_CASE("a word of naming after a pronoun, a name or a free relative still reports speech", "[quotes][naming]") {
    const NameRow rows[] = {
        {"en", "The plan is what several councillors called \"a waste of money\" at the meeting on Tuesday.",
         "a waste of money"},
        {"en", "Jane Roe called \"a disgrace\" the decision of the board to close the harbour in May.", "a disgrace"},
        {"en", "They called \"a betrayal\" the vote of the board to close the harbour at the end of May.",
         "a betrayal"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        CHECK(find_quote(extract_quotes(body(r.lang, {r.paragraph})), r.name) != nullptr);
    }
}

TEST_CASE("a participle cue with its object after it names no speaker", "[quotes][indirect][participle]") {
    const std::pair<const char*, const char*> rows[] = {
        {"en", "I ended up with a backup tool on every machine, writing to a small server in the hallway, and a "
               "nightly job on top."},
        {"fr", "Chaque soir, toutes les machines de la maison copient leurs fichiers sur le disque, déclarant au "
               "serveur du sous-sol leur état."},
    };
    for (const auto& [lang, p] : rows) {
        INFO(p);
        CHECK(extract_quotes(body(lang, {p})).empty());
    }
    // A finite cue still has its subject after it.
    const auto qs = extract_quotes(
        body("en", {"The harbour will reopen in the spring after the repairs are done, said the mayor, Jane Roe."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs.front().speaker.value_or("") == "Jane Roe");
}

namespace {

Article column(const std::string& lang, const char* kicker, const char* headline, const char* paragraph) {
    Article a = body(lang, {paragraph});
    if (kicker != nullptr)
        a.kicker = kicker;
    a.headline = headline;
    a.authors = {"Marta Ejemplo"};
    return a;
}

} // namespace

TEST_CASE("the headline's quote of an opinion column nobody in the body says is its author's", "[quotes][opinion]") {
    struct Row {
        const char* lang;
        const char* kicker;
        const char* headline;
        const char* paragraph;
    };
    const Row rows[] = {
        {"fr", "TRIBUNE", "« Les ports de pêche méritent mieux qu'un plan de plus »",
         "Depuis dix ans, chaque gouvernement promet de sauver les petits ports de la côte, sans suite."},
        {"de", "Meinung", "„Die Fähre braucht einen festen Fahrplan, keine Versprechen“",
         "Seit zehn Jahren verspricht jede Regierung, die kleinen Häfen der Küste zu retten, ohne Folgen."},
        {"en", "OPINION", "\"Our small harbours deserve more than another plan\"",
         "For ten years every government has promised to save the small harbours of the coast, to no effect."},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        const auto qs = extract_quotes(column(r.lang, r.kicker, r.headline, r.paragraph));
        REQUIRE_FALSE(qs.empty());
        CHECK(qs.front().where == Where::headline);
        CHECK(qs.front().speaker.value_or("") == "Marta Ejemplo");
        // Without the kicker of an opinion page, the byline's author is no speaker of the headline.
        const auto plain = extract_quotes(column(r.lang, nullptr, r.headline, r.paragraph));
        REQUIRE_FALSE(plain.empty());
        CHECK_FALSE(plain.front().speaker);
    }
}

TEST_CASE("a subject opened by a possessive or an article, then a relative clause, speaks the cue after it",
          "[quotes][relatives][subject]") {
    check_speakers({
        {"en", "My cousin Ilse, who runs the bakery by the pier, put it better than I can: \"Bread does not wait.\"",
         "Bread does not wait.", "Ilse"},
        {"en", "Our plumber Radek, who fixed the boiler twice, said it well: \"Old pipes tell you when they go.\"",
         "Old pipes tell you when they go.", "Radek"},
        {"fr", "Mon cousin Ilse, qui tient la boulangerie du port, a dit : « Le pain n'attend pas. »",
         "Le pain n'attend pas.", "Ilse"},
        {"es", "Mi primo Radek, quien arregló la caldera dos veces, dijo: «Las tuberías viejas avisan.»",
         "Las tuberías viejas avisan.", "Radek"},
    });
}
