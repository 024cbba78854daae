// The agency lines of a portal's reprint of wire copy (agency88): the agency's copyright notice right under its text
// ("© 2026 AFP", "Riproduzione riservata © Copyright ANSA") tags the text; the same mark under a caption, after a
// label or at a site's foot does not.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "agency_signatures.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

// A page of a portal: its menu, a headline, a date line, three paragraphs of text, then `tail` (lines), then the
// portal's footer.
Article portal_page(const std::string& headline, const std::string& date, const std::vector<std::string>& body,
                    const std::vector<std::string>& tail) {
    std::string page = "Startseite\nNachrichten\nPolitik\nWirtschaft\n" + headline + "\n" + date + "\n";
    for (const std::string& line : body)
        page += line + "\n";
    for (const std::string& line : tail)
        page += line + "\n";
    page += "Impressum\nDatenschutz\nKontakt\n";
    return parse(page, "page.txt");
}

std::vector<std::string> ids_of(const Article& a) {
    return a.source_tag ? a.source_tag->agencies : std::vector<std::string>{};
}

const std::vector<std::string> body_fr = {
    "Les contrôleurs aériens de trois aéroports régionaux ont cessé le travail samedi matin, a annoncé le syndicat.",
    "Une vingtaine de vols ont été annulés à Brestville et à Pontmarais, selon la direction de l'aviation civile.",
    "Les discussions sur les effectifs doivent reprendre mardi au ministère, a précisé une porte-parole."};
const std::vector<std::string> body_de = {
    "Die Stadtwerke von Halmbach erhöhen zum Jahreswechsel die Preise für Fernwärme um durchschnittlich acht Prozent.",
    "Betroffen sind rund 40.000 Haushalte im Stadtgebiet, teilte das Unternehmen am Samstag mit.",
    "Der Mieterverein kündigte an, die neuen Tarife von einem Gutachter prüfen zu lassen."};
const std::vector<std::string> body_en = {
    "The county board voted on Friday to close two rural libraries at the end of the fiscal year, officials said.",
    "The decision follows months of debate over a budget shortfall of about $4 million, the board's chair said.",
    "Residents opposed to the closures said they would ask the state to review the vote."};
const std::vector<std::string> body_it = {
    "Il consiglio comunale di Valdoria ha approvato nella notte il bilancio di previsione per il prossimo anno.",
    "Il documento prevede investimenti per dodici milioni di euro, destinati soprattutto alle scuole e alle strade.",
    "L'opposizione ha annunciato un ricorso al tribunale amministrativo contro alcune delibere collegate."};
const std::vector<std::string> body_es = {
    "El ayuntamiento de Villaserena aprobó este sábado un plan para renovar la red de agua potable del casco antiguo.",
    "Las obras costarán unos seis millones de euros y durarán dos años, según informó el consistorio en un comunicado.",
    "Los comerciantes de la zona pidieron que los trabajos se hagan fuera de la temporada de verano."};

} // namespace

TEST_CASE("an agency's copyright notice names the agency", "[classify][agency][agency88]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        {"© 2026 AFP", {"afp"}}, // fr
        {"© Agence France-Presse", {"afp"}},
        {"Copyright 2026 Agence France-Presse. Tous droits réservés.", {"afp"}},
        {"© dpa-infocom, dpa:261207-930-554433/2", {"dpa"}}, // de
        {"© Keystone-SDA", {"sda"}},
        {"© 2026 dpa. Alle Rechte vorbehalten.", {"dpa"}},
        {"Copyright 2026 The Associated Press. All rights reserved. Reuse of the text needs the agency's written "
         "consent.",
         {"ap"}}, // en
        {"© Copyright 2026 The Associated Press", {"ap"}},
        {"© Thomson Reuters", {"reuters"}},
        {"© AAP 2026", {"aap"}},
        {"Riproduzione riservata © Copyright ANSA", {"ansa"}}, // it
        {"© Riproduzione riservata ANSA", {"ansa"}},
        {"© Copyright Adnkronos", {"adnkronos"}},
        {"(c) Agencia EFE", {"efe"}}, // es
        {"© EFE 2026. Todos los derechos reservados.", {"efe"}},
        // no notice: a label before the mark, a site's own notice, a credit of a photographer, no mark at all
        {"Associated Press articles: Copyright © 2026 The Associated Press. All rights reserved.", {}},
        {"© 2026 Harbour Media Group. All rights reserved.", {}},
        {"© Reuters/Jane Roe", {}},
        {"© 2026 AFP Foundation", {}},
        {"Riproduzione riservata", {}},
        {"AFP", {}},
    };
    for (const Row& row : rows) {
        INFO(row.line);
        CHECK(agency_copyright_line(row.line).value_or(std::vector<std::string>{}) == row.agencies);
    }
}

TEST_CASE("the agency's copyright notice right under the text tags it", "[classify][agency][agency88]") {
    const std::vector<std::string> footer = {"Partager", "Facebook", "E-mail"};
    SECTION("fr") {
        std::vector<std::string> tail = {"© 2026 AFP"};
        tail.insert(tail.end(), footer.begin(), footer.end());
        const Article a =
            portal_page("Grève dans trois aéroports régionaux", "Publié le 6 décembre 2026 à 10h15", body_fr, tail);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == "© 2026 AFP");
        CHECK(ids_of(a) == std::vector<std::string>{"afp"});
    }
    SECTION("de") {
        const Article a = portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                                      {"© dpa-infocom, dpa:261206-930-778899/1", "Artikel teilen", "Facebook"});
        CHECK(ids_of(a) == std::vector<std::string>{"dpa"});
    }
    SECTION("en") {
        const Article a = portal_page(
            "County board votes to close two rural libraries", "December 6, 2026", body_en,
            {"Copyright 2026 The Associated Press. All rights reserved. Reuse of the text needs the agency's written "
             "consent.",
             "Share", "Comments"});
        CHECK(ids_of(a) == std::vector<std::string>{"ap"});
    }
    SECTION("it") {
        const Article a = portal_page("Valdoria, approvato il bilancio di previsione", "6 dicembre 2026, 09:40",
                                      body_it, {"Riproduzione riservata © Copyright ANSA", "Condividi", "Tag"});
        CHECK(ids_of(a) == std::vector<std::string>{"ansa"});
    }
    SECTION("es") {
        const Article a = portal_page("Villaserena renovará la red de agua del casco antiguo", "06/12/2026 12:05",
                                      body_es, {"(c) Agencia EFE", "Compartir", "Facebook"});
        CHECK(ids_of(a) == std::vector<std::string>{"efe"});
    }
}

TEST_CASE("a copyright notice of a site's footer or after a label tags no text", "[classify][agency][agency88]") {
    SECTION("en: a label before the mark") {
        const Article a = portal_page(
            "County board votes to close two rural libraries", "December 6, 2026", body_en,
            {"Associated Press articles: Copyright © 2026 The Associated Press. All rights reserved.", "Share"});
        CHECK(!a.source_tag);
    }
    SECTION("de, fr: the mark under a picture's caption credits the picture") {
        const Article de =
            portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                        {"Das Heizkraftwerk der Stadtwerke am Hafen von Halmbach.", "© dpa", "Artikel teilen"});
        CHECK(!de.source_tag);
        REQUIRE(de.media.size() == 1);
        CHECK(de.media[0].credit.value_or("") == "© dpa");
        const Article fr =
            portal_page("Grève dans trois aéroports régionaux", "Publié le 6 décembre 2026 à 10h15", body_fr,
                        {"Des passagers attendent devant le terminal de Brestville samedi.", "© AFP", "Partager"});
        CHECK(!fr.source_tag);
        REQUIRE(fr.media.size() == 1);
        CHECK(fr.media[0].credit.value_or("") == "© AFP");
    }
    SECTION("de: the site's own notice") {
        const Article a = portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                                      {"© 2026 Halmbacher Zeitung GmbH. Alle Rechte vorbehalten.", "Artikel teilen"});
        CHECK(!a.source_tag);
    }
}

TEST_CASE("an agency's name under a related list's label or a teaser's title is the teaser's",
          "[classify][agency][agency88]") {
    SECTION("de") {
        const Article a = portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                                      {"Mehr News zur Energie", "Minister reist zu Gesprächen nach Oslo", "AFP",
                                       "Streit um die Netzentgelte geht weiter", "Reuters"});
        CHECK(!a.source_tag);
    }
    SECTION("en") {
        const Article a =
            portal_page("County board votes to close two rural libraries", "December 6, 2026", body_en,
                        {"Recommended Stories", "Stocks rise as traders bet on a rate cut", "Reuters", "3h ago"});
        CHECK(!a.source_tag);
    }
    SECTION("fr") {
        const Article a =
            portal_page("Grève dans trois aéroports régionaux", "Publié le 6 décembre 2026 à 10h15", body_fr,
                        {"Plus d'actualités", "Neige : quinze départements en vigilance", "AFP"});
        CHECK(!a.source_tag);
    }
    SECTION("es") {
        const Article a = portal_page("Villaserena renovará la red de agua del casco antiguo", "06/12/2026 12:05",
                                      body_es, {"Más noticias", "El Gobierno aprueba la nueva ley de vivienda", "EFE"});
        CHECK(!a.source_tag);
    }
    SECTION("it") {
        const Article a = portal_page("Valdoria, approvato il bilancio di previsione", "6 dicembre 2026, 09:40",
                                      body_it, {"Ultime notizie", "Maltempo, allerta arancione in Liguria", "ANSA"});
        CHECK(!a.source_tag);
    }
    SECTION("fr: only buttons between the text and the agency") {
        const Article a = portal_page("Grève dans trois aéroports régionaux", "Publié le 6 décembre 2026 à 10h15",
                                      body_fr, {"Partager", "AFP"});
        CHECK(ids_of(a) == std::vector<std::string>{"afp"});
    }
}

TEST_CASE("a labelled agency a few lines under the text tags it", "[classify][agency][agency88]") {
    struct Row {
        const char* language;
        std::string label;
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        {"de", "Quelle: dpa", {"dpa"}}, {"en", "Source: Reuters", {"reuters"}}, {"fr", "Source : AFP", {"afp"}},
        {"es", "Fuente: EFE", {"efe"}}, {"it", "Fonte: ANSA", {"ansa"}},
    };
    for (const Row& row : rows) {
        INFO(row.language);
        const Article a = portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                                      {"Artikel teilen", "Facebook", "WhatsApp", row.label});
        CHECK(ids_of(a) == row.agencies);
    }
    // a related list's label between them: the list's source
    const Article listed = portal_page("Fernwärme wird in Halmbach teurer", "06.12.2026, 11:20 Uhr", body_de,
                                       {"Artikel teilen", "Lesen Sie auch", "Facebook", "Quelle: dpa"});
    CHECK(!listed.source_tag);
}

TEST_CASE("an agency and a comma before the date line's label tag the text", "[classify][agency][agency88]") {
    SECTION("fr") {
        const Article a = portal_page("Grève dans trois aéroports régionaux",
                                      "AFP, publié le samedi 6 décembre 2026 à 10h15", body_fr, {"Partager"});
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == "AFP");
        CHECK(ids_of(a) == std::vector<std::string>{"afp"});
        CHECK(a.published.value_or("").starts_with("2026-12-06"));
    }
    SECTION("en") {
        const Article a = portal_page("County board votes to close two rural libraries",
                                      "Reuters, published December 6, 2026", body_en, {"Share"});
        CHECK(ids_of(a) == std::vector<std::string>{"reuters"});
        CHECK(a.published.value_or("").starts_with("2026-12-06"));
    }
    SECTION("de") {
        const Article a = portal_page("Fernwärme wird in Halmbach teurer", "dpa, veröffentlicht am 06.12.2026", body_de,
                                      {"Artikel teilen"});
        CHECK(ids_of(a) == std::vector<std::string>{"dpa"});
        CHECK(a.published.value_or("").starts_with("2026-12-06"));
    }
}

TEST_CASE("an agency's desk or two agencies joined by a hyphen in a dateline", "[classify][agency][agency88]") {
    struct Row {
        const char* paragraph;
        const char* place;
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        // it: the agency's desk after its name; two agencies joined by a hyphen, the tag first
        {"Roma, 6 dic. (Adnkronos Salute) - Sono oltre un milione gli italiani a letto con l'influenza.",
         "Roma",
         {"adnkronos"}},
        {"(ANSA-AFP) - PARIGI, 06 DIC - Il governo francese ha presentato oggi il piano per i trasporti.",
         "PARIGI",
         {"ansa", "afp"}},
        // fr, de: the same shapes
        {"Bruxelles, 6 déc. (Belga-AFP) - Le gouvernement a présenté samedi son plan pour les transports.",
         "Bruxelles",
         {"belga", "afp"}},
        {"Genf (Keystone-SDA) - Die Verhandlungen über den Zollvertrag gehen am Montag weiter.", "Genf", {"sda"}},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        REQUIRE(tag);
        CHECK(tag->place == r.place);
        CHECK(tag->agencies == r.agencies);
    }
    // a credit's word after the agency, or half of an agency's name before a word: no agency's desk
    for (const char* paragraph : {
             "PARIS (AFP Photo) - Le gouvernement a présenté samedi son plan pour les transports.",
             "LONDON (Press Office) - The ministry presented its plan for the railways on Saturday.",
         }) {
        INFO(paragraph);
        const auto tag = dateline_tag(paragraph);
        CHECK((!tag || tag->agencies.empty()));
    }
}

TEST_CASE("Reuters' code beside another agency in a slashed tag", "[classify][agency][agency88]") {
    check_tags({
        {"AFP/dpa/rtr", {"afp", "dpa", "reuters"}}, // de
        {"(dpa/rtr)", {"dpa", "reuters"}},
        {"dpa/rtr/jw", {"dpa", "reuters"}},
        {"(AFP/rtr)", {"afp", "reuters"}},   // fr
        {"(ANSA/rtr)", {"ansa", "reuters"}}, // it
        // alone, or beside an editor's initials only: no agency
        {"rtr", {}},
        {"rtr/jw", {}},
    });
}
