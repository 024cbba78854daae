// The head's lines of news pages (probe61 H1, H3, H4): the site's today-date among the menu's lines over the headline
// gives way to the article's own date line by the byline; a standfirst without a stop is the lede past the lead
// picture's caption or past a byline printed as "Name, Job title"; a byline without a byline word, the name over a job
// title after a comma or over the newsroom's desk and place. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const char* const en_body =
    "The harbour board voted on Thursday to close the old ferry pier for repairs that will last most of the winter.\n"
    "Engineers found that two of the pier's supports had rusted through, the board's chairwoman said.\n"
    "Passengers will board at the new terminal on the east quay until the work is finished in March.\n";

const char* const de_body =
    "Der Hafenrat hat am Donnerstag beschlossen, den alten Fähranleger für Reparaturen über den Winter zu sperren.\n"
    "Zwei Stützen des Anlegers seien durchgerostet, sagte die Vorsitzende des Rates am Abend.\n"
    "Die Fahrgäste steigen bis zum Ende der Arbeiten im März am neuen Terminal auf dem Ostkai ein.\n";

const char* const fr_body =
    "Le conseil du port a décidé jeudi de fermer le vieux débarcadère pour des travaux qui dureront tout l'hiver.\n"
    "Deux piliers du débarcadère sont rongés par la rouille, a indiqué la présidente du conseil.\n"
    "Les passagers embarqueront au nouveau terminal du quai est jusqu'à la fin des travaux en mars.\n";

} // namespace

TEST_CASE("the masthead's day among the menu's lines yields to the date line by the byline",
          "[classify][dates][head64]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* published;
    };
    const Row rows[] = {
        // Another day by the byline, past the standfirst, the caption and the byline's lines.
        {"en",
         "Home\nNews\nSport\nThursday, December 4, 2026\nWeather\nOpinion\nLocal\nBusiness\n"
         "Harbour board shuts old ferry pier for winter repairs\n"
         "The board says rusted supports leave no choice, and passengers will use the east quay until March.\n"
         "The old ferry pier on a grey morning.Credit...Jane Roe for The Harbour Post\n"
         "By Tom Hale and Ann Lee\nReporting from Port Ellis\nDec. 5, 2026\n" +
             std::string(en_body),
         "2026-12-05"},
        {"de",
         "Startseite\nLokales\nSport\nDonnerstag, 4. Dezember 2026\nWetter\nMeinung\nKultur\nWirtschaft\n"
         "Hafenrat sperrt alten Fähranleger über den Winter\n"
         "Der Rat sieht wegen verrosteter Stützen keine andere Wahl. Fahrgäste weichen bis März auf den Ostkai aus.\n"
         "Der alte Fähranleger am Morgen.\n"
         "Von Anna Keller\nKiel\n5. Dezember 2026\n" +
             std::string(de_body),
         "2026-12-05"},
        // The same day with its time under the headline is the finer.
        {"en",
         "Home\nNews\nThursday, Dec 5th 2026\nLogin\nFeedback\nSport\n"
         "Harbour board shuts old ferry pier for winter repairs after engineers find rusted supports\n"
         "Passengers will board at the east quay until March\n"
         "Repairs are expected to cost more than two million pounds\n"
         "By Tom Hale\nPublished: 14:32 GMT, 5 December 2026 | Updated: 15:10 GMT, 5 December 2026\n" +
             std::string(en_body),
         "2026-12-05T14:32"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.published);
        const Article a = parse(r.page);
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("the masthead's day stays without a date line by the byline", "[classify][dates][head64]") {
    // Guard: no date line under the headline, or one only past the text's first two paragraphs (a dated paragraph of
    // the text, no head's line): the masthead's day is the only one the head prints.
    const std::string menu = "Home\nNews\nSport\nThursday, December 4, 2026\nWeather\nOpinion\nLocal\nBusiness\n"
                             "Harbour board shuts old ferry pier for winter repairs\nBy Tom Hale\n";
    CHECK(parse(menu + en_body).published.value_or("") == "2026-12-04");
    CHECK(parse(menu +
                "The harbour board voted on Thursday to close the old ferry pier for repairs that will last most of "
                "the coming winter.\n"
                "Engineers found last month that two of the old pier's wooden supports had rusted through, the "
                "board's chairwoman said.\n"
                "December 1, 2026\n"
                "Passengers will board at the new terminal on the east quay until the work is finished in March.\n")
              .published.value_or("") == "2026-12-04");
}

TEST_CASE("a standfirst without a stop is the lede past the lead picture's caption", "[classify][lede][head64]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* lede;
    };
    const Row rows[] = {
        {"en",
         "Home\nNews\nHarbour board shuts old ferry pier for winter repairs as costs climb\n"
         "Rusted supports leave the board no choice with passengers moved to the east quay until March\n"
         "The old ferry pier on a grey morning. Photo: Jane Roe\nTom Hale\nHarbour Correspondent\n"
         "December 5, 2026\n" +
             std::string(en_body),
         "Rusted supports leave the board no choice"},
        {"de",
         "Startseite\nLokales\nHafenrat sperrt alten Fähranleger über den Winter wegen verrosteter Stützen\n"
         "Fahrgäste weichen bis März auf den neuen Terminal am Ostkai aus und die Kosten steigen weiter\n"
         "Der alte Fähranleger am Morgen. Foto: Jana Roth\nAnna Keller\nRedakteurin\n05.12.2026, 14:32 Uhr\n" +
             std::string(de_body),
         "Fahrgäste weichen bis März"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.lede.value_or("").rfind(r.lede, 0) == 0);
        CHECK(!a.lede.value_or("").empty());
    }
}

TEST_CASE("a name and a job title after a comma over the date line is the byline", "[classify][byline][head64]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* lede;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en",
         "Home\nNews\nHarbour board shuts old ferry pier for winter repairs as costs climb\n"
         "Passengers say the east quay is too far to walk\nTom Hale, News Reporter\n"
         "Published: 14:32, 5 Dec 2026\n" +
             std::string(en_body),
         "Passengers say the east quay",
         {"Tom Hale"}},
        {"de",
         "Startseite\nLokales\nHafenrat sperrt alten Fähranleger über den Winter wegen verrosteter Stützen\n"
         "Fahrgäste klagen über den weiten Weg zum Terminal am Ostkai\nAnna Keller, Redakteurin\n"
         "05.12.2026, 14:32 Uhr\n" +
             std::string(de_body),
         "Fahrgäste klagen über den weiten Weg",
         {"Anna Keller"}},
        {"fr",
         "Accueil\nRégion\nLe conseil du port ferme le vieux débarcadère pour des travaux tout l'hiver\n"
         "Les passagers se plaignent de la longue marche jusqu'au terminal du quai est\nMarie Dupont, journaliste\n"
         "Publié le 5 décembre 2026 à 14h32\n" +
             std::string(fr_body),
         "Les passagers se plaignent",
         {"Marie Dupont"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.lede.value_or("").rfind(r.lede, 0) == 0);
        CHECK(!a.lede.value_or("").empty());
        CHECK(a.authors == r.authors);
    }
}

TEST_CASE("comma_role_line reads one name and a job title after a comma", "[byline][head64]") {
    CHECK(comma_role_line("Tom Hale, News Reporter"));
    CHECK(comma_role_line("Anna Keller, Redakteurin"));
    CHECK(comma_role_line("Marie Dupont, journaliste"));
    // Guards: a name alone, a place after the comma, two names, a sentence.
    CHECK_FALSE(comma_role_line("Tom Hale"));
    CHECK_FALSE(comma_role_line("Tom Hale, Manchester"));
    CHECK_FALSE(comma_role_line("Tom Hale, Ann Lee"));
    CHECK_FALSE(comma_role_line("The board met the reporter, who asked"));
}

TEST_CASE("a name over the newsroom's desk and place near the date line is the byline", "[classify][byline][head64]") {
    struct Row {
        const char* lang;
        std::string page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en",
         "Home\nNews\nLocal News\nPort Ellis\nHarbour board shuts old ferry pier for winter repairs\n"
         "5 December 2026\nShare\nSave\nTom Hale\nBBC News, Port Ellis\n" +
             std::string(en_body),
         {"Tom Hale"}},
        {"de",
         "Startseite\nLokales\nHafenrat sperrt alten Fähranleger über den Winter\n5. Dezember 2026\nTeilen\nMerken\n"
         "Anna Keller\nHafen Zeitung, Kiel\n" +
             std::string(de_body),
         {"Anna Keller"}},
        {"fr",
         "Accueil\nRégion\nLe conseil du port ferme le vieux débarcadère pour l'hiver\n5 décembre 2026\nPartager\n"
         "Marie Dupont\nNord Matin, Lille\n" +
             std::string(fr_body),
         {"Marie Dupont"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        CHECK(parse(r.page).authors == r.authors);
    }
    // Guard: a street and a town under the name names no newsroom.
    const Article a =
        parse("Home\nNews\nHarbour board shuts old ferry pier for winter repairs\n5 December 2026\nShare\n"
              "Save\nTom Hale\nMarket Street, Port Ellis\n" +
              std::string(en_body));
    CHECK(a.authors.empty());
}
