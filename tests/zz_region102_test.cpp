// region102: what closes a page under the article's last paragraph and is no part of it, beside probe101's cases
// (zz_probe101_test.cpp): an obituary's box of other obituaries and its form for tributes in French and Italian too
// (lexicon terminators), a paywall's button offering the rest with a subscription in French and Italian too (common
// paywall_cuts, the French one written as the words split it), and the note on where the text was first published
// over the publisher's disclaimer, which leaves with it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("an obituary's box and tribute form end the text in fr and it as in en and de", "[region][region102]") {
    const test::NoticeRow rows[] = {
        {"More obituaries", true},
        {"Leave a tribute", true},
        {"Weitere Nachrufe", true},
        {"Kondolenz schreiben", true},
        {"Plus de nécrologies", true},
        {"Laisser un hommage", true},
        {"Altri necrologi", true},
        {"Lascia un ricordo", true},
        // a section's heading of the text, or a sentence naming a tribute
        {"More questions", false},
        {"Weitere Fragen", false},
        {"The town will leave a tribute to him at the pier.", false},
        {"Un hommage lui sera rendu samedi.", false},
    };
    test::check_block_notices(rows, is_terminator);
}

TEST_CASE("a paywall's button offering the rest with a subscription cuts the free text", "[region][region102]") {
    const test::NoticeRow rows[] = {
        {"Jetzt weiterlesen mit GR+", true},
        {"Jetzt weiterlesen mit SZ Plus", true},
        {"Subscribe to continue reading", true},
        {"Abonnez-vous pour lire la suite", true},
        {"Abbonati per continuare a leggere", true},
        // a sentence of an article on a subscription
        {"Die Stadtwerke wollen mit dem neuen Tarif weiterarbeiten.", false},
        {"Readers can continue reading the report on the council's website.", false},
    };
    test::check_block_notices(rows, paywall_cut);
}

namespace {

const char* const en_obituary = "The Lakeside Courier\nNews\nObituaries\n"
                                "Arthur Penhaligon, ferry captain who never missed a crossing, dies at 84\n"
                                "He piloted the Lindell Island ferry for 41 years.\n"
                                "By Clara Whitcombe\nDecember 6, 2026\n"
                                "Arthur Penhaligon, who captained the Lindell Island ferry through storms, strikes and "
                                "two fires, died on December 1 at his home in Porthbury. He was 84.\n"
                                "His son, David Penhaligon, said he had been ill for several months.\n"
                                "A life on the water\n"
                                "Born in Porthbury in 1942, Penhaligon joined the ferry company as a deckhand at 16 "
                                "and "
                                "took the wheel for the first time in 1965.\n"
                                "He is survived by his son, two daughters and five grandchildren.\n"
                                "More obituaries\n"
                                "Ned Farrow, dock worker and choir singer, dies at 77\n"
                                "Leave a tribute\n"
                                "Tributes are moderated and may take up to 24 hours to appear.\n"
                                "Contact us\nPrivacy\n";

const char* const de_obituary = "Seeblatt\nLokales\nNachrufe\n"
                                "Trauer um Hermine Vollrath: Die Wirtin vom Hafenkrug ist tot\n"
                                "Von Jörg Wendel\n06.12.2026, 08:15 Uhr\n"
                                "Hermine Vollrath, die langjährige Wirtin des Hafenkrugs in Brellingen, ist am "
                                "vergangenen Dienstag im Alter von 88 Jahren gestorben.\n"
                                "Sie übernahm das Gasthaus 1961 von ihren Eltern und führte es bis 2014.\n"
                                "Ein Platz am Ofen\n"
                                "Bei ihr bekam jeder Fischer einen Platz am Ofen, auch wenn er nicht zahlen konnte.\n"
                                "Die Trauerfeier findet am Freitag um 14 Uhr in der Kirche St. Petri statt.\n"
                                "Kondolenz schreiben\n"
                                "Ihre Beileidsbekundung wird nach Prüfung freigeschaltet.\n"
                                "Impressum\n";

const char* const de_paywall = "Lahnbote\nRegion\n"
                               "Fernwärme in Gießen wird 2027 teurer\n"
                               "Von Jana Köhler\n07.12.2026, 09:35 Uhr\n"
                               "Wer in Gießen mit Fernwärme heizt, muss sich im kommenden Jahr auf deutlich höhere "
                               "Kosten einstellen. Die Stadtwerke erhöhen den Arbeitspreis zum 1. Januar.\n"
                               "Für einen Vier-Personen-Haushalt bedeutet das Mehrkosten von rund 340 Euro im Jahr.\n"
                               "Jetzt weiterlesen mit LB+\n"
                               "Testen Sie LB+ einen Monat lang für nur 0,99 €.\n"
                               "Jetzt testen\nBereits Abonnent? Hier anmelden\n";

const char* const en_origin = "The Valley Post\nNews\nWeir repairs to start in January\n"
                              "By Sipho Dlamini\n7 December 2026\n"
                              "The municipality will begin repairs on the Kromriver weir in January, its technical "
                              "director said on Monday.\n"
                              "The weir was damaged in the floods of October and has been leaking since.\n"
                              "What comes next\n"
                              "The repairs are expected to cost R4 million and to take three weeks.\n"
                              "Farmers downstream will be paid for the water they lose during the works.\n"
                              "This article was first published on the Kromdal Echo.\n"
                              "Disclaimer: The views expressed are not necessarily those of the publisher.\n";

const char* const en_paywall = "The Ridge Times\nNews\n"
                               "County to reopen Miller's Gap trail after rockfall\n"
                               "By Nate Holloway\nDecember 7, 2026\n"
                               "Garfield County will reopen the Miller's Gap trail on Saturday after crews cleared a "
                               "rockfall that closed it in August, officials said Monday.\n"
                               "Crews removed about 300 tons of rock and installed new netting on the steepest "
                               "stretch.\n"
                               "\"It is safer now than it has been in twenty years,\" said parks director Janet Ruiz.\n"
                               "Subscribe to continue reading\n"
                               "Try The Ridge Times for $1 a month.\n"
                               "Subscribe now\nAlready a subscriber? Sign in\n";

const char* const fr_paywall = "La Gazette du Lac\nActualités\n"
                               "Annecy : le téléphérique du Semnoz rouvrira en 2027\n"
                               "Par Julie Marconnet\nPublié le 7 décembre 2026 à 8h30\n"
                               "Le téléphérique du Semnoz ne rouvrira pas avant le printemps 2027, a annoncé lundi le "
                               "syndicat mixte qui l'exploite.\n"
                               "Les nouvelles cabines, commandées à un fabricant suisse, ont été livrées avec six mois "
                               "de retard.\n"
                               "« Nous préférons ouvrir tard que mal », a déclaré le président du syndicat, Bernard "
                               "Vuillet.\n"
                               "Abonnez-vous pour lire la suite\n"
                               "Essayez La Gazette pour 1 € le premier mois.\n"
                               "Je m'abonne\nDéjà abonné ? Se connecter\n";


} // namespace

TEST_CASE("what closes the page under the last paragraph leaves the text", "[region][region102]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last;
        std::vector<const char*> gone;
    };
    const Row rows[] = {
        {"en", en_obituary, "He is survived by his son, two daughters and five grandchildren.",
         {"More obituaries", "Ned Farrow, dock worker and choir singer, dies at 77", "Leave a tribute",
          "Tributes are moderated and may take up to 24 hours to appear."}},
        {"de", de_obituary, "Die Trauerfeier findet am Freitag um 14 Uhr in der Kirche St. Petri statt.",
         {"Kondolenz schreiben", "Ihre Beileidsbekundung wird nach Prüfung freigeschaltet."}},
        {"de", de_paywall, "Für einen Vier-Personen-Haushalt bedeutet das Mehrkosten von rund 340 Euro im Jahr.",
         {"Jetzt weiterlesen mit LB+", "Testen Sie LB+ einen Monat lang für nur 0,99 €."}},
        {"en", en_origin, "Farmers downstream will be paid for the water they lose during the works.",
         {"This article was first published on the Kromdal Echo.",
          "Disclaimer: The views expressed are not necessarily those of the publisher."}},
        {"en", en_paywall,
         "\"It is safer now than it has been in twenty years,\" said parks director Janet Ruiz.",
         {"Subscribe to continue reading", "Try The Ridge Times for $1 a month."}},
        {"fr", fr_paywall,
         "« Nous préférons ouvrir tard que mal », a déclaré le président du syndicat, Bernard Vuillet.",
         {"Abonnez-vous pour lire la suite", "Essayez La Gazette pour 1 € le premier mois."}},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.last));
        for (const char* g : r.gone) {
            INFO(g);
            CHECK_FALSE(test::in_text(a, g));
        }
    }
    // (The article's own heading over its last paragraphs stays one.)
    CHECK(test::in_text(parse(en_obituary), "A life on the water"));
    CHECK(test::in_text(parse(en_origin), "What comes next"));
    // (Near miss: a short sentence of the article's under a cry, no paywall's button, closes the text.)
    const Article closing = parse(test::replaced(en_paywall,
                                                 "Subscribe to continue reading\nTry The Ridge Times for $1 a month.\n",
                                                 "Back on the trail!\nThe first guided walk starts on Saturday.\n"));
    CHECK(test::in_text(closing, "The first guided walk starts on Saturday."));
}

// A box of facts opening the region under the date line keeps its title as section 0's heading when the title runs
// to five words or more ("Die neue Seilbahn auf einen Blick"): such a line under the headline no longer reads as the
// deck the loop takes into the text (sections_build.cpp deck_under_headline()).
namespace {

const char* const de_box = "Talblatt\nStartseite\nRegion\n"
                           "Neue Seilbahn auf den Kramerberg öffnet am Samstag\n"
                           "Von Lukas Pfeiffer\n7. Dezember 2026, 08.10 Uhr\n"
                           "Die neue Seilbahn auf einen Blick\n"
                           "Länge: 2,4 Kilometer\n"
                           "Kabinen: 38 für je zehn Fahrgäste\n"
                           "Kosten: 31 Millionen Euro\n"
                           "Die neue Seilbahn auf den Kramerberg nimmt am Samstag den Betrieb auf, wie die "
                           "Bergbahnen am Montag mitteilten.\n"
                           "Sie ersetzt den alten Sessellift, der nach 52 Jahren im Frühjahr stillgelegt wurde.\n"
                           "Teilen\n";

const char* const fr_box = "Le Petit Vaudois\nAccueil\nRégion\n"
                           "Le marché couvert de Vernand rouvre ses portes\n"
                           "Par Claire Bovet\nPublié le 7 décembre 2026 à 07h50\n"
                           "Le nouveau marché couvert en quelques chiffres\n"
                           "Surface : 1 800 mètres carrés\n"
                           "Étals : 42 commerçants\n"
                           "Coût : 6,5 millions de francs\n"
                           "Le marché couvert de Vernand rouvre samedi après deux ans de travaux, a annoncé lundi la "
                           "municipalité.\n"
                           "Les commerçants installés sous une tente pendant le chantier retrouvent leurs étals.\n"
                           "Partager\n";

const char* const en_box = "Harbour Gazette\nHome\nLocal\n"
                           "New footbridge over the Kell opens on Saturday\n"
                           "By Tessa Marlowe\nDecember 7, 2026, 9:05 a.m.\n"
                           "The new footbridge by the numbers\n"
                           "Length: 84 metres\n"
                           "Cost: 4.2 million pounds\n"
                           "Crossings a day: 6,000 expected\n"
                           "A new footbridge over the River Kell will open on Saturday, the county council said on "
                           "Monday, two years after floods swept the old one away.\n"
                           "The bridge links the station with the market square.\n"
                           "Share\n";

} // namespace

TEST_CASE("a box of facts under the date line keeps a title of five words or more", "[region][region102]") {
    // (The page's first section is headed by the box's title, the item under it its first paragraph.)
    auto check_box = [](const char* page, const std::string& title, const char* item) {
        INFO(title);
        const Article a = parse(page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections[0].heading == std::optional<std::string>(title));
        CHECK(test::in_text(a, item));
    };
    check_box(de_box, "Die neue Seilbahn auf einen Blick", "Länge: 2,4 Kilometer");
    check_box(fr_box, "Le nouveau marché couvert en quelques chiffres", "Surface : 1 800 mètres carrés");
    check_box(en_box, "The new footbridge by the numbers", "Length: 84 metres");
    // (Near miss: the same line over paragraphs, no box under it, heads no section.)
    const Article deck = parse(test::replaced(de_box, "Länge: 2,4 Kilometer\nKabinen: 38 für je zehn Fahrgäste\n"
                                                      "Kosten: 31 Millionen Euro\n",
                                              ""));
    for (const Section& sec : deck.sections)
        CHECK(sec.heading != std::optional<std::string>("Die neue Seilbahn auf einen Blick"));
}

// A sign-up box copied without its e-mail field under the last paragraph, its title naming no offer, its blurb naming
// it to the reader ("Le brief du matin / Chaque matin ... dans votre boîte mail. / S'inscrire"), leaves the text with
// its button (signup_boxes.cpp drop_glued_signup_box()); the button may stand right under the region's last line.
namespace {

const std::string fr_port = "Le Courrier du Littoral\nAccueil\nÉconomie\n"
                            "Le port de Sainte-Orle va agrandir son quai sud\n"
                            "Par Anne Kerhervé\nPublié le 7 décembre 2026 à 10h15\n"
                            "Le port de Sainte-Orle va allonger son quai sud de 200 mètres d'ici 2028, a annoncé lundi "
                            "la région.\n"
                            "Les travaux, estimés à 40 millions d'euros, doivent permettre d'accueillir les navires "
                            "de croisière.\n"
                            "Les plaisanciers craignent de perdre une partie de leurs anneaux et demandent une "
                            "concertation.\n";

} // namespace

TEST_CASE("a sign-up box without its field under the last paragraph heads no section", "[region][region102]") {
    const std::string last = "Les plaisanciers craignent de perdre une partie de leurs anneaux et demandent une "
                             "concertation.";
    const Article a = parse(fr_port + "Le brief du matin\n"
                                      "Chaque matin, l'essentiel de l'actualité du littoral dans votre boîte mail.\n"
                                      "S'inscrire\nPartager\n");
    CHECK(test::in_text(a, last));
    CHECK_FALSE(test::in_text(a, "Le brief du matin"));
    CHECK_FALSE(test::in_text(a, "Chaque matin, l'essentiel de l'actualité du littoral dans votre boîte mail."));
    // (Near miss: the article's last section, its sentence naming no offer, stays text.)
    const Article steps =
        parse(fr_port + "Prochaines étapes\nLa région votera le projet en mars avec les plaisanciers.\nPartager\n");
    CHECK(test::in_text(steps, "La région votera le projet en mars avec les plaisanciers."));
}
