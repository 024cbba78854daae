// The head of a German or French press page: a subscribers' badge right over the headline ("SPIEGEL+", "SZ+",
// "BILD plus", "Abonnés", "Premium") is no kicker, a topic label there stays one; "Online seit heute, 14.32 Uhr" is a
// relative date, left unread with a warning. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool warns_of(const Article& a, const std::string& part) {
    return std::any_of(a.warnings.begin(), a.warnings.end(),
                       [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("a subscribers' badge over the headline is no kicker, a topic label is one",
          "[classify][kicker][subscriber_badge][head46]") {
    struct Row {
        const char* lang;
        const char* label;
        bool badge;
        const char* headline;
        const char* rest;
    };
    const char* const de_head = "Stadtrat vertagt die Entscheidung über das neue Hallenbad";
    const char* const de_rest = "Von Jana Birkholz\n05.12.2026, 10:15 Uhr\n"
                                "Der Stadtrat hat die Entscheidung über das neue Hallenbad am Donnerstagabend erneut "
                                "vertagt, weil die Kosten gestiegen sind.\nDie Opposition sprach von Verschleppung.\n";
    const char* const fr_head = "Le conseil municipal reporte sa décision sur la nouvelle piscine";
    const char* const fr_rest = "Par Jeanne Brossard\nPublié le 5 décembre 2026 à 10h15\n"
                                "Le conseil municipal a de nouveau reporté jeudi soir sa décision sur la nouvelle "
                                "piscine, dont le coût a augmenté.\nL'opposition a dénoncé une manœuvre.\n";
    const Row rows[] = {
        {"de", "SPIEGEL+", true, de_head, de_rest},
        {"de", "SZ+", true, de_head, de_rest},
        {"de", "BILD plus", true, de_head, de_rest},
        {"de", "Abo", true, de_head, de_rest},
        {"fr", "Abonnés", true, fr_head, fr_rest},
        {"fr", "Premium", true, fr_head, fr_rest},
        // (a topic label names what the story is about: the kicker; two words without a masthead in capitals too)
        {"de", "Hallenbad", false, de_head, de_rest},
        {"de", "Bäder plus", false, de_head, de_rest},
        {"fr", "Piscine", false, fr_head, fr_rest},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.label);
        const std::string page = std::string("Der Kurier\nStart\n\n") + r.label + "\n" + r.headline + "\n" + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        if (r.badge) {
            CHECK(!a.kicker.has_value());
            CHECK(test::in_boilerplate(a, r.label));
        } else {
            CHECK(a.kicker.value_or("") == r.label);
        }
    }
}

TEST_CASE("a relative date under the label Online seit is left unread with a warning",
          "[classify][dates][relative_date][head46]") {
    struct Row {
        const char* line;
        bool relative;
    };
    const Row rows[] = {
        {"Online seit heute, 14.32 Uhr", true},
        {"Online seit gestern, 9.05 Uhr", true},
        {"Online seit 5. Dezember 2026, 14.32 Uhr", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const std::string page = std::string("Der Kurier\nStart\n\n") +
                                 "Land muss bis 2028 rund 400 Millionen Euro einsparen\n" + r.line + "\n" +
                                 "Die Landesregierung hat am Freitag ein Sparpaket angekündigt, gekürzt werden soll "
                                 "vor allem bei Förderungen.\nDie Opposition kritisierte die Pläne scharf.\n";
        const Article a = parse(page);
        if (r.relative) {
            CHECK(!a.published.has_value());
            CHECK(warns_of(a, r.line));
        } else {
            CHECK(a.published.value_or("") == "2026-12-05T14:32");
        }
    }
}

TEST_CASE("a topic of a word closed by a spaced colon over the headline is its kicker",
          "[classify][kicker][lead_in][head46]") {
    struct Row {
        const char* lang;
        const char* label;
        const char* kicker;
        const char* headline;
        const char* rest;
    };
    const char* const de_rest = "Von Cornelia Hartwig, Berlin\n05.12.2026, 12:10 Uhr\n"
                                "Die Länder wollen der Reform im Bundesrat nicht zustimmen und drohen mit dem "
                                "Vermittlungsausschuss, weil ihnen die Mittel fehlen.\n"
                                "Die Ministerin zeigte sich dennoch zuversichtlich.\n";
    const char* const fr_rest = "Par Cornélie Hardy\nPublié le 5 décembre 2026 à 12h10\n"
                                "Les régions refusent de voter la réforme au Sénat et menacent de saisir la commission "
                                "mixte, faute de moyens.\nLa ministre s'est pourtant dite confiante.\n";
    const Row rows[] = {
        {"de", "Krankenhausreform :", "Krankenhausreform :", "Länder drohen mit dem Vermittlungsausschuss", de_rest},
        {"de", "Klinikreform :", "Klinikreform :", "Länder drohen mit dem Vermittlungsausschuss", de_rest},
        {"fr", "Hôpitaux :", "Hôpitaux :", "Les régions menacent de bloquer la réforme", fr_rest},
        // (a word closed by a colon without a space is a label of a fact, no lead-in)
        {"de", "Krankenhausreform:", "", "Länder drohen mit dem Vermittlungsausschuss", de_rest},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.label);
        const std::string page = std::string("Der Kurier\nPolitik\nWirtschaft\nSport\n") + r.label + "\n" +
                                 r.headline + "\n" + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

TEST_CASE("a kicker in capitals glued to the headline without a space is cut off it",
          "[classify][kicker][headline][glued][head46]") {
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"DIEBES-BANDE GEFASSTOpa (79) hält Einbrecher im Keller fest", "DIEBES-BANDE GEFASST",
         "Opa (79) hält Einbrecher im Keller fest"},
        {"GRÈVE DES CONTRÔLEURSLes trains restent à quai tout le week-end", "GRÈVE DES CONTRÔLEURS",
         "Les trains restent à quai tout le week-end"},
        {"STORM WARNINGThe ferry stays in port until Monday", "STORM WARNING", "The ferry stays in port until Monday"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto split = split_capitals_kicker(r.line, "");
        REQUIRE(split.has_value());
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    // (one word in capitals, a name's capitals, a headline in capitals, a kicker with a space before the title: none)
    for (const char* line : {"EILMELDUNGDer Minister tritt zurück", "Neue ZDFheute App startet im Januar",
                             "STREIK BEI DER BAHN", "STREIK BEI DER BAHN Die Züge stehen still",
                             "USA Reise des Kanzlers beginnt am Montag"}) {
        INFO(line);
        CHECK(!split_capitals_kicker(line, "").has_value());
    }
    // And on a page: the kicker and the headline are parted.
    const std::string page = "Der Kurier\nStart\nRegion\n\n"
                             "DIEBES-BANDE GEFASSTOpa (79) hält Einbrecher im Keller fest\n"
                             "Von: JANA BIRK\n05.12.2026 - 10:15 Uhr\n"
                             "Die Einbrecher hatten nicht mit dem Rentner gerechnet, der sie am Donnerstagabend im "
                             "Keller einschloss und die Polizei rief.\nDie Beamten nahmen zwei Männer fest.\n";
    const Article a = parse(page);
    CHECK(a.kicker.value_or("") == "DIEBES-BANDE GEFASST");
    CHECK(a.headline.value_or("") == "Opa (79) hält Einbrecher im Keller fest");
}

TEST_CASE("a live ticker's banner of its latest entry is no headline", "[classify][headline][live][head46]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* banner;
        const char* rest;
    };
    const Row rows[] = {
        {"de", "Hochwasser an der Oder im Liveticker", "+++ 14:32 Pegel in Frankfurt (Oder) sinkt langsam +++",
         "Aktualisiert: 05.12.2026, 14:32 Uhr\n"
         "Das Hochwasser an der Oder geht zurück, die Deiche halten. Alle Entwicklungen im Liveticker.\n"
         "14:32 Uhr\nPegel in Frankfurt (Oder) sinkt langsam\n"
         "Der Pegel ist in der Nacht um zwanzig Zentimeter gesunken, teilte das Landesamt am Morgen mit.\n"
         "13:58 Uhr\nDeichläufer bleiben im Einsatz\n"
         "Die Helfer kontrollieren die Deiche weiter rund um die Uhr, sagte der Landrat.\n"},
        {"fr", "Crue de la Loire : suivez la situation en direct", "+++ 14h32 La décrue s'amorce à Orléans +++",
         "Mis à jour le 5 décembre 2026 à 14h32\n"
         "La Loire commence à baisser, les digues tiennent. Toutes les informations en direct.\n"
         "14h32\nLa décrue s'amorce à Orléans\n"
         "Le niveau du fleuve a baissé de vingt centimètres pendant la nuit, a indiqué la préfecture ce matin.\n"
         "13h58\nLes digues toujours surveillées\n"
         "Les secours surveillent les digues jour et nuit, a précisé le préfet.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const std::string page = std::string("Der Kurier\nStart\nRegion\n\n") + r.title + "\n" + r.banner + "\n" +
                                 r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(test::in_boilerplate(a, r.banner));
    }
}

TEST_CASE("a place printed over the headline and before it with a stop is cut off it",
          "[classify][kicker][headline][glued][head46]") {
    struct Row {
        const char* above;
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Lorient", "Lorient. Le chantier du port de pêche prend trois mois de retard", "Lorient",
         "Le chantier du port de pêche prend trois mois de retard"},
        {"Bautzen", "Bautzen. Neubau der Spreebrücke soll 2031 fertig sein", "Bautzen",
         "Neubau der Spreebrücke soll 2031 fertig sein"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto split = split_repeated_prefix(r.line, r.above);
        REQUIRE(split.has_value());
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    // (a place over a title that does not open with it, or opens with it and no stop: nothing to cut)
    CHECK(!split_repeated_prefix("Le chantier du port de pêche prend du retard", "Lorient").has_value());
    CHECK(!split_repeated_prefix("Lorient Le chantier du port de pêche prend du retard", "Lorient").has_value());
    CHECK(!split_repeated_prefix("Lorients. Le chantier du port de pêche prend du retard", "Lorient").has_value());
}
