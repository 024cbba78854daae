// region101: a verb of a call to the reader ("follow", "suivre", "folgen", "seguire", "like", "gefällt") in a
// sentence of the article naming no channel is the article's text; a call to follow the site ("Suivez-nous sur
// Facebook", "Follow us on X", "Folgen Sie uns auf Instagram") stays out (region_joins.cpp site_call()). Invented
// lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a sentence with a call's verb but no channel is a brief's sentence", "[region][region101]") {
    struct Row {
        const char* lang;
        const char* line;
        bool sentence;
    };
    const Row rows[] = {
        {"fr", "Plusieurs villages voisins veulent maintenant suivre cet exemple.", true},
        {"it", "Altri due paesi vicini vogliono seguire la stessa strada.", true},
        {"es", "Otros dos pueblos quieren seguir el mismo camino.", true},
        {"de", "Zwei Nachbargemeinden wollen dem Beispiel nun folgen.", true},
        {"de", "Der Plan gefällt nicht allen Anwohnern.", true},
        {"en", "Follow the county's official channels.", true},
        {"en", "Towns like Kelmport are used to the floods.", true},
        // the calls to follow or answer the site: a channel named, the reader or the site addressed, a button
        {"fr", "Suivez-nous sur Facebook.", false},
        {"fr", "Suivez notre page Facebook.", false},
        {"en", "Follow us on X.", false},
        {"en", "Leave a comment below.", false},
        {"en", "Subscribe to the newsletter today.", false},
        {"en", "Join the conversation.", false},
        {"de", "Folgen Sie uns auf Instagram.", false},
        {"it", "Seguite la pagina Instagram del giornale.", false},
        {"es", "Síguenos en Instagram.", false},
        // a teaser's title cut by dots, the call's verb in it or not
        {"de", "Der Bruder des Ministers teilt trotz Streit...", false},
        {"fr", "Le maire veut suivre la voie de...", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(brief_sentence(test::block_of(r.line), r.lang) == r.sentence);
    }
    // (A short sentence reporting speech: the verb of a call in it is no call; a teaser's title cut by dots is none.)
    CHECK(reported_sentence(test::block_of("Der Verband teilte mit, der Plan gefalle nicht allen."), "de"));
    CHECK_FALSE(reported_sentence(test::block_of("Der Bruder des Ministers teilt trotz Streit..."), "de"));
    CHECK_FALSE(reported_sentence(test::block_of("Folgen Sie uns, teilte die Redaktion mit."), "de"));
}

namespace {

const char* const fr_brief = "Le Journal du Causse\nAccueil\nRégion\n"
                             "Le village qui a éteint ses lampadaires\n"
                             "Depuis le printemps, Saint-Orlac vit dans le noir après minuit\n"
                             "Par Claire Morvaneau\nPublié le 7 décembre 2026 à 09h30\n"
                             "Le conseil municipal de Saint-Orlac a décidé au printemps d'éteindre l'éclairage "
                             "public entre minuit et cinq heures.\n"
                             "Beaucoup d'habitants s'attendaient à des plaintes.\n"
                             "« Les enfants regardent les étoiles avec leurs parents », a déclaré le maire Paul "
                             "Vernade.\n"
                             "La commune économise environ 9 000 euros par an, une somme qui servira à rénover la "
                             "salle des fêtes.\n"
                             "Plusieurs villages voisins veulent maintenant suivre cet exemple.\n"
                             "Suivez-nous sur Facebook\nPlus d'actualités\nPartager\n© 2026 Le Journal du Causse\n";

const char* const it_brief = "Gazzetta della Valle\nHome\nCronaca\n"
                             "Il paese che ha spento i lampioni\n"
                             "Da primavera Roccalta resta al buio dopo mezzanotte\n"
                             "Di Giulia Fantoni\n7 dicembre 2026, ore 10:30\n"
                             "Il consiglio comunale di Roccalta ha deciso in primavera di spegnere "
                             "l'illuminazione pubblica tra mezzanotte e le cinque.\n"
                             "Molti abitanti si aspettavano proteste.\n"
                             "«I bambini guardano le stelle con i genitori», ha detto il sindaco Piero Valdani.\n"
                             "Il comune risparmia circa 9.000 euro l'anno, che serviranno a rinnovare la palestra e "
                             "il campo sportivo.\n"
                             "Altri due paesi vicini vogliono seguire la stessa strada.\n"
                             "Seguici su Instagram\nCondividi\n© 2026 Gazzetta della Valle\n";

const char* const en_advice = "Valley Courier\nHome\nWeather\n"
                              "Flood warning for the Marrow valley\n"
                              "By Owen Prescott\nDecember 7, 2026, 10:40 a.m.\n"
                              "The regional water board issued a flood warning for the Marrow valley on Monday, as "
                              "the river is expected to burst its banks overnight.\n"
                              "Forecasters expect the river to rise by two metres by Tuesday morning, with more rain "
                              "on the way.\n"
                              "Advice\n"
                              "Move valuables to an upper floor.\n"
                              "Stay away from the riverbank paths.\n"
                              "Follow the water board's local updates.\n"
                              "Follow us on X\nShare\nFacebook\n";

} // namespace

TEST_CASE("a brief's last sentence with a call's verb stays text, the call to follow the site does not",
          "[region][region101]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last;
        const char* call;
    };
    const Row rows[] = {
        {"fr", fr_brief, "Plusieurs villages voisins veulent maintenant suivre cet exemple.", "Suivez-nous sur Facebook"},
        {"it", it_brief, "Altri due paesi vicini vogliono seguire la stessa strada.", "Seguici su Instagram"},
        {"en", en_advice, "Follow the water board's local updates.", "Follow us on X"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.last));
        CHECK_FALSE(test::in_text(a, r.call));
    }
}

// A box of facts printed between the date line and the first paragraph ("Le scrutin en chiffres / Inscrits : 12 400
// électeurs / ...") is part of the article: it opens the body as its first section, its title the heading
// (region_body_drops.cpp fact_box_over_region()). A box of other articles' titles there (no figures) stays out.
namespace {

const char* const fr_facts = "L'Écho des Combes\nAccueil\nPolitique\n"
                             "Élection partielle à Vaulmont : la liste sortante l'emporte\n"
                             "Par Julien Carmagnac\nPublié le 7 décembre 2026 à 08h30\n"
                             "Le scrutin en chiffres\n"
                             "Inscrits : 12 400 électeurs\n"
                             "Participation : 41,3 %\n"
                             "Liste sortante : 58,2 % des voix\n"
                             "La liste conduite par la maire sortante Odile Ferrandier a remporté dimanche "
                             "l'élection municipale partielle de Vaulmont, organisée après la démission de huit "
                             "conseillers.\n"
                             "L'opposition, menée par l'ancien adjoint Marc Sauvagnat, dénonce une campagne trop "
                             "courte et envisage un recours.\n"
                             "Partager\n© 2026 L'Écho des Combes\n";

const char* const de_facts = "Seetaler Bote\nStartseite\nRegion\n"
                             "Neue Fähre zwischen Altrich und Seewil verkehrt ab Montag\n"
                             "Von Petra Imboden\n7. Dezember 2026, 07.45 Uhr\n"
                             "Die Fähre in Zahlen\n"
                             "Länge: 48 Meter\n"
                             "Plätze: 350 Fahrgäste\n"
                             "Kosten: 14 Millionen Franken\n"
                             "Fahrzeit: 22 Minuten\n"
                             "Die neue Fähre zwischen Altrich und Seewil nimmt am Montag den Betrieb auf, wie die "
                             "Schifffahrtsgesellschaft am Sonntag mitteilte.\n"
                             "Das Schiff ersetzt die fast fünfzig Jahre alte «Seewil II», die im Frühling "
                             "ausgemustert wurde.\n"
                             "Teilen\n© 2026 Seetaler Bote\n";

const char* const en_facts = "Harbour Gazette\nHome\nWeather\n"
                             "Storm warning for the Kelmport shore\n"
                             "By Tessa Marlowe\nDecember 7, 2026, 10:12 a.m.\n"
                             "Forecast by area\n"
                             "Kelmport: heavy rain, high of 9C\n"
                             "Dunmere: rain and wind, high of 8C\n"
                             "Ashby Point: showers, high of 7C\n"
                             "The county's emergency office issued an early storm warning for the Kelmport shore on "
                             "Monday, as a front is expected to bring heavy rain from the evening.\n"
                             "Forecasters expect up to 80 millimetres of rain in a day, with gusts of up to 90 "
                             "kilometres an hour along the shore.\n"
                             "Share\nFacebook\n";

} // namespace

TEST_CASE("a box of facts between the date line and the first paragraph opens the body", "[region][region101]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        const char* item;
        const char* first;
    };
    const Row rows[] = {
        {"fr", fr_facts, "Le scrutin en chiffres", "Participation : 41,3 %", "La liste conduite"},
        {"de", de_facts, "Die Fähre in Zahlen", "Plätze: 350 Fahrgäste", "Die neue Fähre zwischen"},
        {"en", en_facts, "Forecast by area", "Dunmere: rain and wind, high of 8C", "The county's emergency"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections[0].heading == std::optional<std::string>(r.title));
        CHECK(test::in_text(a, r.item));
        CHECK(test::has_paragraph_starting(a, r.first));
    }
    // (Titles of other articles under a label, no figures: no box of facts, the body opens with its paragraph.)
    std::string links = test::replaced(en_facts, "Forecast by area\n", "More on this story\n");
    links = test::replaced(links, "Kelmport: heavy rain, high of 9C\n", "Kelmport braces for a wet winter\n");
    links = test::replaced(links, "Dunmere: rain and wind, high of 8C\n", "Dunmere harbour wall to be raised\n");
    links = test::replaced(links, "Ashby Point: showers, high of 7C\n", "Ashby Point ferry cancelled again\n");
    const Article a = parse(links);
    CHECK_FALSE(test::in_text(a, "More on this story"));
    CHECK_FALSE(test::in_text(a, "Dunmere harbour wall to be raised"));
    CHECK(test::has_paragraph_starting(a, "The county's emergency"));
}

// A newsletter's sign-up box under the article's last paragraph, its title over a blurb addressing the reader, the
// call and the e-mail field: the title heads the box, no section of the article (signup_boxes.cpp
// drop_closing_box_title()). The article's own last section, its sentence addressing nobody, keeps its heading.
namespace {

const char* const fr_box = "Le Courrier de l'Estuaire\nAccueil\nÉconomie\n"
                           "Le port de Saint-Vaulry agrandit son terminal\n"
                           "Par Thomas Le Guennec\nPublié le 7 décembre 2026 à 08h45\n"
                           "Le port de Saint-Vaulry va agrandir son terminal à conteneurs d'ici 2029, a annoncé lundi "
                           "la chambre de commerce de l'estuaire.\n"
                           "Les travaux, estimés à 120 millions d'euros, doivent permettre d'accueillir des navires "
                           "deux fois plus grands qu'aujourd'hui.\n"
                           "Les pêcheurs craignent pour leurs zones de pêche et ont demandé une étude d'impact "
                           "indépendante avant le début du chantier.\n"
                           "Le brief du matin\n"
                           "Chaque matin à 7 heures, l'essentiel de l'actualité de l'estuaire dans votre boîte mail.\n"
                           "Inscrivez-vous à notre newsletter\nVotre adresse e-mail\nJe m'inscris\nPartager\n"
                           "© 2026 Le Courrier de l'Estuaire\n";

const char* const de_box = "Nordkurier am Sund\nStartseite\nWirtschaft\n"
                           "Hafen von Kleinwerder baut sein Terminal aus\n"
                           "Von Jonas Feldhusen\n7. Dezember 2026, 08.50 Uhr\n"
                           "Der Hafen von Kleinwerder soll bis 2029 ein grösseres Containerterminal erhalten, wie die "
                           "Handelskammer am Montag mitteilte.\n"
                           "Die Arbeiten kosten rund 120 Millionen Euro und sollen Schiffen Platz bieten, die doppelt "
                           "so gross sind wie heute.\n"
                           "Die Fischer fürchten um ihre Fanggründe und verlangen vor Baubeginn ein unabhängiges "
                           "Gutachten über die Folgen.\n"
                           "Der Morgen am Sund\n"
                           "Jeden Morgen um sechs Uhr das Wichtigste aus der Region in Ihrem Postfach.\n"
                           "Jetzt anmelden\nIhre E-Mail-Adresse\nTeilen\n© 2026 Nordkurier am Sund\n";

const char* const en_last_section = "Bayside Herald\nHome\nBusiness\n"
                                    "Port of Wellmouth to expand its terminal\n"
                                    "By Nora Whitcombe\nDecember 7, 2026, 8:55 a.m.\n"
                                    "The port of Wellmouth will expand its container terminal by 2029, the regional "
                                    "chamber of commerce announced on Monday.\n"
                                    "The works, estimated at 120 million pounds, are meant to let in ships twice the "
                                    "size of those calling today.\n"
                                    "Fishermen fear for their grounds and have asked for an independent impact study "
                                    "before building begins.\n"
                                    "What comes next\n"
                                    "The harbour board will vote on the final plan in March, after a public hearing "
                                    "in the town hall.\n"
                                    "Get the Bayside newsletter\nSign up\nYour email address\nShare\n"
                                    "© 2026 Bayside Herald\n";

} // namespace

TEST_CASE("a sign-up box's title under the last paragraph heads no section", "[region][region101]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        const char* blurb;
        const char* last;
    };
    const Row rows[] = {
        {"fr", fr_box, "Le brief du matin",
         "Chaque matin à 7 heures, l'essentiel de l'actualité de l'estuaire dans votre boîte mail.", "Les pêcheurs"},
        {"de", de_box, "Der Morgen am Sund", "Jeden Morgen um sechs Uhr das Wichtigste aus der Region in Ihrem Postfach.",
         "Die Fischer"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::in_text(a, r.title));
        CHECK_FALSE(test::in_text(a, r.blurb));
        CHECK(test::in_boilerplate(a, r.title));
    }
    const Article a = parse(en_last_section);
    CHECK(test::in_text(a, "What comes next"));
    CHECK(test::has_paragraph_starting(a, "The harbour board will vote"));
    CHECK_FALSE(test::in_text(a, "Get the Bayside newsletter"));
}

// A table whose cells are parted by bars, its header with fewer cells than its rows ("Partei | Stimmen" over
// "Sozialliberale | 38,2 | 64": cells merged, or the rows' labels with no header of their own): the header follows
// its table into the text (figure_tables.cpp table_header_over()), no other page's barred title.
TEST_CASE("a table's header with fewer cells than its rows follows its table", "[region][region101]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* header;
        const char* row;
    };
    const Row rows[] = {
        {"de",
         "Seetaler Bote\nStartseite\nPolitik\nSozialliberale gewinnen die Wahl in Altrich\nVon Petra Imboden\n"
         "7. Dezember 2026, 07.45 Uhr\n"
         "Die Sozialliberalen haben die Gemeinderatswahl in Altrich am Sonntag klar gewonnen und stellen künftig die "
         "Mehrheit im Rat.\n"
         "Die Grünen legten deutlich zu, während die Bürgerpartei fast ein Drittel ihrer Sitze verlor.\n"
         "Partei | Stimmen\nSozialliberale | 38,2 | 64\nBürgerpartei | 27,5 | 41\nGrüne | 19,8 | 30\n"
         "Die Wahlbeteiligung lag bei 46 Prozent, etwas höher als vor vier Jahren.\n"
         "«Das ist ein klarer Auftrag», sagte Parteichefin Lea Gerber am Abend.\nTeilen\n© 2026 Seetaler Bote\n",
         "Partei | Stimmen", "Bürgerpartei | 27,5 | 41"},
        {"en",
         "Harbour Gazette\nHome\nPolitics\nSocial Liberals win Kelmport council vote\nBy Tessa Marlowe\n"
         "December 7, 2026, 10:12 a.m.\n"
         "The Social Liberals clearly won Sunday's council election in Kelmport and will hold a majority on the "
         "council.\n"
         "The Greens made strong gains, while the Civic Party lost almost a third of its seats on the council.\n"
         "Party | Votes\nSocial Liberals | 38.2 | 64\nCivic Party | 27.5 | 41\nGreens | 19.8 | 30\n"
         "Turnout was 46 percent, slightly higher than four years ago.\n"
         "\"This is a clear mandate,\" party leader Lea Garner said on Sunday evening.\nShare\nFacebook\n",
         "Party | Votes", "Civic Party | 27.5 | 41"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.header);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.row));
        CHECK(test::in_text(a, r.header));
        CHECK_FALSE(test::in_boilerplate(a, r.header));
    }
}
