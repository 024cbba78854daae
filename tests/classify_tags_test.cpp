// Tests of the classify heuristics: kickers glued to a headline, agency tags and datelines. One row per kind of line,
// in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_found;

TEST_CASE("a short word glued to an opening quote mark is a kicker", "[classify][kicker]") {
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Conflit«Vous faites à Mossoul ce que nous faisons à Alep»", "Conflit", "«Vous faites à Mossoul ce que nous faisons à Alep»"},
        {"Santé«Les urgences sont saturées»", "Santé", "«Les urgences sont saturées»"},
        {"Energie„Wir brauchen mehr Leitungen“", "Energie", "„Wir brauchen mehr Leitungen“"},
        {"Brexit\"We will not pay a penny more\"", "Brexit", "\"We will not pay a penny more\""},
        {"Calcio Serie A«Una vittoria meritata»", "Calcio Serie A", "«Una vittoria meritata»"},
    };
    for (const auto& r : rows) {
        auto split = split_glued_kicker(r.line);
        INFO(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    // Not kickers: a space before the mark, a lower-case start, a sentence.
    for (const char* line : {"Conflit «Vous faites à Mossoul»", "selon lui«rien ne change»",
                             "Le gouvernement a dit hier«non»"}) {
        INFO(line);
        CHECK_FALSE(split_glued_kicker(line));
    }
}

TEST_CASE("an interview's label of up to six words glued to the quoted answer is a kicker", "[classify][kicker]") {
    struct Row {
        const char* line;
        const char* kicker;
    };
    const Row rows[] = {
        {"Interview mit Lena Sommer«Wir bauen den Hafen nicht für uns»", "Interview mit Lena Sommer"},
        {"Entretien avec Anne-Marie Roux«Le port restera ouvert tout l'hiver»", "Entretien avec Anne-Marie Roux"},
        {"Intervista a Marco Bruni«Il porto non chiuderà»", "Intervista a Marco Bruni"},
        {"Entrevista con Ana Reis Prado«El puerto no cerrará»", "Entrevista con Ana Reis Prado"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto split = split_glued_kicker(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
    }
}

TEST_CASE("a glued kicker is read through ASCII and other letters alike", "[classify][kicker]") {
    // ASCII words are read a byte at a time, others decoded: both must end at the same marks.
    auto split = split_glued_kicker("Hafen-Ausbau\"Wir bauen weiter am Kai\"");
    REQUIRE(split);
    CHECK(split->first == "Hafen-Ausbau");
    split = split_glued_kicker("L'Éclairage«Le port restera ouvert tout l'été»");
    REQUIRE(split);
    CHECK(split->first == "L'Éclairage");
    // A digit or a comma before the mark is no kicker's word; nor are seven words, nor four before a quotation the
    // line goes on after.
    for (const char* line : {"Port 2024«Les ferries reviennent en mai»", "Hafen, Kai„Wir bauen weiter am Kai“",
                             "Uno dos tres cuatro cinco seis siete«El puerto abre el sábado»",
                             "Le port a dit hier«rien ne change» aux pêcheurs"}) {
        INFO(line);
        CHECK_FALSE(split_glued_kicker(line));
    }
}

TEST_CASE("a closing line of agency ids in parentheses is a source tag", "[classify][agency]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies;
    };
    const Row rows[] = {
        {"(ats)", {"ats"}},
        {"(ATS)", {"ats"}},
        {"(ats/afp)", {"ats", "afp"}},
        {"(sda/dpa)", {"sda", "dpa"}},
        {"(jbm/ats)", {"ats"}},
        {"(AFP)", {"afp"}},
        {"(Reuters)", {"reuters"}},
        {"(dpa)", {"dpa"}},
        {"(ANSA)", {"ansa"}},
        {"(EFE)", {"efe"}},
        {"Keystone-ATS", {"ats"}},
        {"Le Monde avec AFP", {"afp"}},
        {"— AFP", {"afp"}},
        {"Fuente: EFE", {"efe"}},
        {"Quelle: dpa/sda", {"dpa", "sda"}},
        {"| Redacción digital: EFE", {"efe"}},
        {"Source : AFP", {"afp"}},
    };
    for (const auto& r : rows)
        check_found(r.line, agency_tag(r.line), r.agencies);
    // Words that are agency ids elsewhere stay words; unknown parentheses are not tags.
    for (const char* line : {"(photo)", "(humanitaires)", "ap", "si", "(voir encadré)", "Lire aussi avec nous",
                             "(Fortsetzung folgt)"}) {
        INFO(line);
        CHECK_FALSE(agency_tag(line));
    }
}

TEST_CASE("a labelled agency line credits the text, a labelled photo agency the picture", "[classify][agency]") {
    CHECK(labelled_agency("Fuente: EFE") == std::vector<std::string>{"efe"});
    CHECK(labelled_agency("Agenzia: ANSA") == std::vector<std::string>{"ansa"});
    CHECK(labelled_agency("Quelle: dpa") == std::vector<std::string>{"dpa"});
    for (const char* line : {"Foto: EFE", "Bild: Keystone-SDA", "Photo : AFP", "Fuente: la policía local",
                             "Lire aussi: AFP et Reuters", "Le ministre a dit: AFP"}) {
        INFO(line);
        CHECK_FALSE(labelled_agency(line));
    }
}

TEST_CASE("an agency printed with the date line is the source tag", "[classify][agency]") {
    const char* page = R"(Accueil
Monde
Un troisième pont sera construit sur le fleuve
AFP 12 mars 2021 à 09:15 (Mis à jour : 12 mars 2021 à 10:02)
Les travaux du nouveau pont commenceront au printemps prochain, a annoncé jeudi la préfecture de la région.
Le chantier doit durer quatre ans et mobilisera près de trois cents ouvriers sur les deux rives du fleuve.
Les riverains ont été invités à une réunion publique le mois prochain pour découvrir le projet en détail.
)";
    archive::Article a = archive::parse(page, "page.txt");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "AFP");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"afp"});
    CHECK(a.published == "2021-03-12T09:15");
    CHECK(a.authors.empty());
}

TEST_CASE("a dateline with an agency opens a wire story", "[classify][dateline]") {
    struct Row {
        const char* paragraph;
        const char* raw;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"PARIS (Reuters) - France's parliament voted on Tuesday.", "PARIS (Reuters) -", "PARIS", "reuters"},
        {"Berlin (dpa) - Die Regierung hat am Montag beschlossen.", "Berlin (dpa) -", "Berlin", "dpa"},
        {"WASHINGTON (AP) — The Senate passed the bill.", "WASHINGTON (AP) —", "WASHINGTON", "ap"},
        {"Genève (AFP) - Les négociations ont repris.", "Genève (AFP) -", "Genève", "afp"},
        // the country in parentheses after the place, then the agency's; Lusa, the Portuguese agency
        {"Salta (Argentina), 9 feb (EFE).- El gobierno provincial cerró el paso fronterizo.",
         "Salta (Argentina), 9 feb (EFE).-", "Salta (Argentina)", "efe"},
        {"Évora (Portugal), 4 nov 2024 (Lusa) – A câmara aprovou o orçamento da cidade.",
         "Évora (Portugal), 4 nov 2024 (Lusa) –", "Évora (Portugal)", "lusa"},
        {"Coimbra, 2 fev 2025 (Lusa) - O hospital abriu uma nova ala de pediatria.", "Coimbra, 2 fev 2025 (Lusa) -",
         "Coimbra", "lusa"},
        {"Lyon (France), 3 mars (AFP) - Le tribunal a rendu son jugement.", "Lyon (France), 3 mars (AFP) -",
         "Lyon (France)", "afp"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->raw == r.raw);
        CHECK(d->place == r.place);
        CHECK(d->agencies == std::vector<std::string>{r.agency});
    }
    CHECK_FALSE(dateline_tag("The minister (a former banker) - who spoke last - said no."));
    CHECK_FALSE(dateline_tag("Le ministre (ats) a parlé hier."));
    // The country in parentheses with no agency's after it is no dateline.
    CHECK_FALSE(dateline_tag("Salta (Argentina), la ciudad del norte, cerró el paso fronterizo ayer (martes)."));
    CHECK_FALSE(dateline_tag("O presidente (Lusa) falou ontem."));
}
