// Forms of Swiss, Austrian, French and English press pages the rules did not read (probe97): a wire's tag opening the
// text with no dash ("(ats) La compagnie ..."), a photographer's name after a copyright sign closing a caption with no
// stop ("... en 2019 © Anne Dubois"), the Austrian and Swiss sports picture agencies ("GEPA/Anna Muster"), the Swiss
// spelling of an editor's job in a byline ("Redaktorin") and French speech verbs ("a tonné", "a plaidé"). Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "byline_rows.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A page in `lang` ("fr", "de", "en") with its headline, lede and date line, `body` as its text, then a footer line.
Article page_with_body(std::string_view lang, const std::string& body) {
    const std::string head =
        lang == "de"   ? "Gemeinde Val-Morin saniert ihr Freibad\nDas Parlament hat einen Kredit von vier Millionen "
                         "für das Aussenbecken gutgeheissen.\nPubliziert: 07.12.2026, 10:12 Uhr"
        : lang == "en" ? "Town votes to reopen its outdoor pool\nCouncillors backed the four million plan on Tuesday "
                         "night after a long debate.\nPublished 7 December 2026"
                       : "Le bassin de Val-Morin rouvrira en juin\nLe conseil a voté un crédit de quatre millions pour "
                         "le bassin extérieur.\nPublié le 7 décembre 2026 à 10h12";
    return parse("Accueil\nRégion\n\n" + head + "\n\n" + body + "\n\nContact\n");
}

const std::string fr_rest = "\n\nLes communes concernées ont accueilli la nouvelle avec résignation, selon le "
                            "porte-parole de l'association des usagers.";
const std::string de_rest = "\n\nDie Gegner haben bereits angekündigt, das Referendum gegen den Entscheid zu "
                            "ergreifen, wie ihr Sprecher sagte.";
const std::string en_rest = "\n\nOpponents say the project is too expensive for a town of three thousand people, "
                            "their spokesman said.";

// The rest of a page's text in `lang`.
const std::string& rest_in(std::string_view lang) {
    return lang == "de" ? de_rest : lang == "en" ? en_rest : fr_rest;
}

} // namespace

TEST_CASE("a wire's tag opening the text with no dash is the text's source", "[probe97][agency]") {
    struct Row {
        const char* lang;
        const char* body;
        const char* raw;
        std::vector<std::string> agencies;
    };
    const Row rows[] = {
        // fr-CH: the rule's case
        {"fr", "(ats) La compagnie des transports du Val-Morin a présenté lundi son programme de travaux pour l'an "
               "prochain.",
         "(ats)", {"ats"}},
        // de-CH, two agencies
        {"de", "(sda/dpa) Der Grosse Rat hat am Mittwoch mit 78 zu 42 Stimmen der Fusion der beiden Spitäler "
               "zugestimmt.",
         "(sda/dpa)", {"sda", "dpa"}},
        // de-AT: the Austrian agency, a quotation opening the sentence
        {"de", "(APA) „Das ist die grösste Reform seit zwanzig Jahren“, sagte der Minister am Montag in Wien.", "(APA)",
         {"apa"}},
        // en
        {"en", "(AP) The town council voted on Tuesday to spend four million on reopening its outdoor pool.", "(AP)",
         {"ap"}},
    };
    for (const Row& r : rows) {
        INFO(r.body);
        const Article a = page_with_body(r.lang, std::string(r.body) + rest_in(r.lang));
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.agencies);
        CHECK_FALSE(a.dateline);
    }
    // No agency in the parenthesis, a few words after it, a small letter after it: no tag.
    for (const auto& [lang, body] : std::initializer_list<std::pair<const char*, const char*>>{
             {"fr", "(Archives) La piscine de Val-Morin avait dû fermer l'été dernier en raison de fuites "
                    "importantes."},
             {"en", "(Video) The town council voted on Tuesday to spend four million on reopening its outdoor pool."},
             {"fr", "(ats) Voir plus bas."},
             {"de", "(sda) und weitere Agenturen berichten seit Dienstag über die Fusion der beiden Spitäler im "
                    "Kanton."},
         }) {
        INFO(body);
        const Article a = page_with_body(lang, std::string(body) + rest_in(lang));
        CHECK_FALSE(a.source_tag);
    }
}

TEST_CASE("a wire's tag closing the text wins over the tag opening it", "[probe97][agency]") {
    const Article a = page_with_body(
        "fr", "(ats) La compagnie des transports du Val-Morin a présenté lundi son programme de travaux pour l'an "
              "prochain." +
            fr_rest + "\n\n(ats/afp)");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(ats/afp)");
}

TEST_CASE("a person's name after a copyright sign closes a caption", "[probe97][media][credit]") {
    const test::CaptionSplitRow rows[] = {
        {"La piscine de Val-Morin en 2019 © Anne Dubois", "La piscine de Val-Morin en 2019", "© Anne Dubois"}, // fr
        {"Das Freibad von Val-Morin im Jahr 2019 © Petra Beispiel", "Das Freibad von Val-Morin im Jahr 2019",
         "© Petra Beispiel"}, // de
        {"The outdoor pool at Harwick in 2019 © Ann Tilley", "The outdoor pool at Harwick in 2019", "© Ann Tilley"},
        {"Neve sull'autostrada A24 © Mario Rossi", "Neve sull'autostrada A24", "© Mario Rossi"}, // it
    };
    test::check_caption_splits(rows);
    // A paper's name (an article opens it), one word, a notice of rights, a short caption: no photographer's credit.
    for (const char* line : {
             "La piscine de Val-Morin en 2019 © Le Courrier du Val",
             "La piscine de Val-Morin en 2019 © Dubois",
             "Tous droits réservés © Anne Dubois",
             "Alle Rechte vorbehalten © Petra Beispiel",
             "Piscine rénovée © Anne Dubois",
             "The outdoor pool at Harwick in 2019 © Ann Tilley 2026",
         }) {
        INFO(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK_FALSE((split.has_value() && split->second.starts_with("\u00a9")));
    }
}

TEST_CASE("an Austrian or a Swiss sports picture agency credits the picture", "[probe97][media][credit]") {
    const std::pair<const char*, bool> lines[] = {
        {"GEPA/Johann Groder", true},            // de-AT: the rule's case
        {"Foto: GEPA pictures/Anna Muster", true}, // de-AT
        {"EXPA/Jakob Huber", true},              // de-AT
        {"Photo: freshfocus", true},             // fr-CH
        // a sentence naming a shop or a club is no credit
        {"Die Gepa-Halle wird im Frühling renoviert.", false},
        {"Le club de Gepa a gagné dimanche soir.", false},
    };
    test::check_credit_lines(lines);
    const Article a = parse("Sport\n\nSturm feiert Kantersieg gegen Ried\n"
                            "Die Grazer gewannen am Sonntag vor vollen Rängen klar mit 5:0 und bleiben vorne.\n"
                            "Doppeltorschütze Tomas Horvath jubelt.\nGEPA/Johann Groder\n\n"
                            "Sturm Graz liess Ried von Beginn an keine Chance und führte nach zwanzig Minuten mit "
                            "2:0.\n\n"
                            "Am kommenden Wochenende gastiert Sturm in Salzburg zum Spitzenspiel der Liga.\n");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("Doppeltorschütze Tomas Horvath jubelt."));
    CHECK(a.media[0].credit == std::optional<std::string>("GEPA/Johann Groder"));
}

TEST_CASE("the Swiss spelling of an editor's job is no part of the name", "[probe97][byline]") {
    test::check_byline_rows({
        {"Von Anna Muster, Redaktorin", "de", {"Anna Muster"}}, // de-CH: the rule's case
        {"Von Anna Muster Redaktor", "de", {"Anna Muster"}},
        {"Von Anna Muster, Redakteurin", "de", {"Anna Muster"}}, // de: as before
        {"Par Jeanne Morel, rédactrice", "fr", {"Jeanne Morel"}}, // fr
        // a name of two people stays two names
        {"Von Anna Muster und Beat Redaktorhaus", "de", {"Anna Muster", "Beat Redaktorhaus"}},
    });
}

TEST_CASE("a loud word and a plea are cues",
          "[probe97][quotes][cue]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* cue;
        const char* speaker;
    };
    const Row rows[] = {
        {"fr", "«Le budget sera respecté», a tonné le municipal Olivier Rappaz devant le conseil.", "a tonné",
         "Olivier Rappaz"}, // fr
        {"fr", "«Le budget sera respecté», a plaidé le municipal Olivier Rappaz devant le conseil.", "a plaidé",
         "Olivier Rappaz"},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const Article a = page_with_body(r.lang, std::string(r.paragraph) + rest_in(r.lang));
        REQUIRE(!a.quotes.empty());
        CHECK(a.quotes[0].cue == std::optional<std::string>(r.cue));
        CHECK(a.quotes[0].speaker == std::optional<std::string>(r.speaker));
    }
    // A noun of weight, of smoke or of pictures, and holding a man: no quote.
    for (const auto& [lang, paragraph] : std::initializer_list<std::pair<const char*, const char*>>{
             {"fr", "Une tonne de déchets a été retirée du bassin, et la peste des algues a disparu depuis lundi."},
             {"en", "The fumes from the fire and the snaps of the crowd were shared widely on Tuesday evening."},
             {"de", "Die Polizei hielt den Mann am Bahnhof fest, bis die Verstärkung aus der Stadt eintraf."},
         }) {
        INFO(paragraph);
        const Article a = page_with_body(lang, paragraph);
        CHECK(a.quotes.empty());
    }
    // A loud verb away from a closing quote cues nothing (lexicon section manner_cue_words).
    const Article a = page_with_body(
        "fr", "Le maire a tonné contre les « profiteurs » lors de la séance du conseil mardi soir." + fr_rest);
    for (const Quote& q : a.quotes)
        CHECK(q.cue.value_or("").find("tonné") == std::string::npos);
}

TEST_CASE("an agency credited with its noun after the phrase is the text's source", "[probe97][agency]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies; // empty: no agency credited
    };
    const Row rows[] = {
        {"Mit Material der Nachrichtenagentur SDA", {"sda"}}, // de-CH: the rule's case
        {"Mit Material der Agenturen sda und dpa", {"sda", "dpa"}},
        {"Avec l'agence Keystone-ATS", {"ats"}},  // fr-CH
        {"Avec les agences AFP et Reuters", {"afp", "reuters"}}, // fr
        {"Mit Material von dpa", {"dpa"}},        // de: as before
        // the noun before no agency's name, a sentence going on
        {"Mit Material der Nachrichtenagentur wurde der Bericht ergänzt", {}},
        {"Avec l'agence immobilière du village", {}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(agency_tag(r.line).value_or(std::vector<std::string>{}) == r.agencies);
    }
}

TEST_CASE("the lines of an ad's slot and a gift's note leave the text", "[probe97][boilerplate]") {
    for (const char* line : {
             "Weiterlesen nach der Anzeige",       // de: the rule's case
             "Weiter nach der Werbung",            // de
             "Continue reading the main story",    // en
             "Cet article vous est offert",        // fr
         }) {
        INFO(line);
        CHECK(is_boilerplate_phrase(std::string_view(line)));
    }
    // A sentence opening with the same words says something of the text.
    for (const char* line : {
             "Continue reading the report, the mayor told the council on Tuesday evening.",
             "Cet article vous est offert par la rédaction, qui a enquêté pendant trois mois sur le bassin.",
             "Weiter nach der Anzeige bei der Polizei wurde der Mann am Dienstag befragt.",
         }) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(std::string_view(line)));
    }
}
