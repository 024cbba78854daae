// Picture credits whose label or shape the tool did not know (probe59 M1, probe62 M1): the Dutch labels "Beeld:",
// "Afbeelding:", "Illustratie:", the labels of a chart, a map, a drawing, a montage or a rendering ("Grafik:",
// "Visualisierung:", "Symbolbild:", "Montage:", "Repro:", "Zeichnung:", "Graphic:", "Infographie :",
// "Infografica:", "Infografía:"), and an agency beside a photographer's name across a spaced slash ("ANP / Joris van
// der Laan", "Sanne de Wit / ANP", "dpa / Jonas Keller"). Under a caption each went to the boilerplate or the body.
// A chart's or a map's title after its label is no credit, nor a menu's two entries across a slash. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>
#include <string_view>

using namespace archive;

namespace {

// A page with `caption` over `credit` under a byline and a date, in Dutch, German, English or French.
std::string picture_page(const std::string& lang, const std::string& caption, const std::string& credit) {
    if (lang == "nl")
        return "De Kustbode\nNieuws\nGemeente Zandvoort bouwt nieuw zwembad aan de boulevard\nDoor Redactie\n"
               "do 3 dec 2026, 16:10\n\n" +
               caption + "\n" + credit +
               "\n\nZANDVOORT - De gemeenteraad van Zandvoort heeft donderdagavond ingestemd met de bouw van een "
               "nieuw zwembad aan de boulevard. Het oude bad is veertig jaar oud en lekt al jaren.\n\n"
               "Het nieuwe bad krijgt een wedstrijdbassin, een instructiebad en zonnepanelen op het dak. De bouw "
               "begint in de zomer van 2027.\n";
    if (lang == "de")
        return "Märkische Rundschau\nLokales\nNeues Hallenbad am Mühlensee wird teurer\nVon Anna Muster\n"
               "Zuletzt aktualisiert am 03.12.2026 um 16:10 Uhr\n\n" +
               caption + "\n" + credit +
               "\n\nDie Stadtverordneten haben am Donnerstagabend den Neubau des Hallenbads am Mühlensee beschlossen, "
               "der nun rund vier Millionen Euro mehr kosten soll als geplant.\n\nDer Bau soll im Sommer 2027 "
               "beginnen und zwei Jahre dauern, teilte die Stadtverwaltung mit.\n";
    if (lang == "fr")
        return "Le Courrier du Val\nRégion\nLa piscine du lac sera reconstruite d'ici 2029\nPar Jeanne Morel\n"
               "Publié le 3 décembre 2026 à 16h10\n\n" +
               caption + "\n" + credit +
               "\n\nLe conseil municipal a voté jeudi soir la reconstruction de la piscine du lac, fermée depuis "
               "deux ans pour des raisons de sécurité.\n\nLes travaux doivent commencer à l'été 2027 et durer deux "
               "ans, selon la mairie.\n";
    return "The Harbour Times\nCity\nCouncil approves the new swimming pool on the seafront\nBy Jane Roe\n"
           "3 December 2026\n\n" +
           caption + "\n" + credit +
           "\n\nThe city council approved on Thursday the plan for a new swimming pool on the seafront, which will "
           "cost twelve million pounds.\n\nBuilding work starts in the summer of 2027 and will take two years, the "
           "council said.\n";
}

// The page's picture with `caption` carries `credit`, and neither line stays in the text.
void check_credit(const std::string& lang, const std::string& caption, const std::string& credit) {
    INFO(lang << ": " << credit);
    const Article a = parse(picture_page(lang, caption, credit));
    const auto m = std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == caption; });
    REQUIRE(m != a.media.end());
    CHECK(m->credit == std::optional<std::string>(credit));
    CHECK_FALSE(test::in_text(a, caption));
    CHECK_FALSE(test::in_text(a, credit));
}

} // namespace

TEST_CASE("a picture's, a chart's or a drawing's label under a caption gives its credit",
          "[classify][credit][media59]") {
    struct Row {
        const char* lang;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "Beeld: gemeente Zandvoort"},
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "Afbeelding: Studio Kust Architecten"},
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "Illustratie: Joris van der Laan"},
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "Beeld: ANP / Sanne de Wit"},
        {"de", "So soll das neue Hallenbad am Mühlensee aussehen.", "Visualisierung: Architekturbüro Feld + Partner"},
        {"de", "So soll das neue Hallenbad am Mühlensee aussehen.", "Grafik: Jonas Keller"},
        {"de", "Ein Schwimmer im alten Becken des Hallenbads.", "Symbolbild: Jan Feld/Agentur Nord"},
        {"de", "Das alte Hallenbad kurz nach der Eröffnung im Jahr 1971.", "Repro: Stadtarchiv Velbrück"},
        {"de", "So sah der Architekt das Bad im ersten Entwurf.", "Zeichnung: Max Roe"},
        {"de", "Das neue Hallenbad, in das alte Stadtbild gesetzt.", "Montage: Märkische Rundschau"},
        {"en", "How the new pool on the seafront will look.", "Graphic: Jane Roe"},
        {"en", "How the new pool on the seafront will look.", "Rendering: Harbour Architects"},
        {"fr", "La future piscine vue depuis la rive du lac.", "Infographie : Le Courrier du Val"},
        {"fr", "La future piscine vue depuis la rive du lac.", "Illustration : Jean Roux"},
    };
    for (const Row& r : rows)
        check_credit(r.lang, r.caption, r.credit);
}

TEST_CASE("the labels of a chart or a drawing in other languages credit a picture", "[classify][credit][media59]") {
    for (const char* line : {"Infografica: Studio Valle", "Infografía: Ana Ruiz", "Infographic: Harbour Times",
                             "Afbeelding: gemeente Zandvoort", "Tekening: Anna Smit", "Fotomontage: Hafenblatt",
                             "(Symbolbild: Jan Feld/Agentur Nord)"}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
}

TEST_CASE("a chart's or a map's title after its label is no credit", "[classify][credit][media59]") {
    for (const char* line :
         {"Grafik: So verteilen sich die Sitze im Landtag", "Zeichnung: So soll der neue Platz aussehen",
          "Graphic: how the rates have risen since 2020", "Infographie : comment les prix ont augmenté en dix ans",
          "Tekening: zo moet het nieuwe plein worden ingericht"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
    }
    // A match report's card names the player sent off, no map's credit.
    for (const char* line :
         {"Rote Karte: Berger (77., Notbremse)", "Gelb-Rote Karte: Hansen (88., wiederholtes Foul)"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

TEST_CASE("a picture's label closing a caption in its parenthesis is split off as the credit",
          "[classify][credit][media59]") {
    const auto split =
        split_trailing_credit("Ein Schwimmer im alten Becken des Hallenbads. (Symbolbild: Jan Feld/Nord)");
    REQUIRE(split.has_value());
    CHECK(split->first == "Ein Schwimmer im alten Becken des Hallenbads.");
    CHECK(split->second == "(Symbolbild: Jan Feld/Nord)");
}

TEST_CASE("an agency and a photographer's name across a spaced slash is a credit", "[classify][credit][media59]") {
    struct Row {
        const char* lang;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "ANP / Joris van der Laan"},
        {"nl", "Het ontwerp van het nieuwe zwembad aan de boulevard.", "Sanne de Wit / ANP"},
        {"de", "So soll das neue Hallenbad am Mühlensee aussehen.", "dpa / Jonas Keller"},
        {"de", "So soll das neue Hallenbad am Mühlensee aussehen.", "Anna von Berg / dpa"},
        {"en", "How the new pool on the seafront will look.", "Reuters / Jane Roe"},
        {"fr", "La future piscine vue depuis la rive du lac.", "Jean de la Roche / AFP"},
    };
    for (const Row& r : rows) {
        CHECK(is_credit_line(r.credit));
        check_credit(r.lang, r.caption, r.credit);
    }
    // In the parenthesis on the line under a caption too.
    CHECK(is_credit_line("(dpa / Jonas Keller)"));
    CHECK(is_credit_line("(Sanne de Wit / ANP)"));
}

TEST_CASE("a spaced slash without an agency and a name credits nobody", "[classify][credit][media59]") {
    for (const char* line :
         {"Binnenland / buitenland", "Pain / Anesthetics", "Sport / dpa", "dpa / Reuters / AFP",
          "dpa / Jonas Keller / Anna Muster", "Jonas Keller / dpa 2026", "Jonas Keller / Anna Muster",
          "dpa / Jonas Keller.", "Redactie / ANP", "meer dan / ANP van de Laan"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
    }
}
