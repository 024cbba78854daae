// region103: a broadcaster's note on the programme that aired the story is no text (boilerplate.cpp
// broadcast_note()); a sign-up box of a title and its button alone under the last paragraph is no text either
// (signup_boxes.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a broadcaster's note on the programme that aired the story is boilerplate", "[boilerplate][region103]") {
    struct Row {
        const char* lang;
        const char* line;
        bool note;
    };
    const Row rows[] = {
        {"fr", "Diffusé sur France Bleu Vallée le 7 décembre 2026 à 12h", true},
        {"fr", "Diffusé sur Radio Combes le 7 décembre 2026 à 12h.", true},
        {"fr", "Ce sujet a été diffusé dans le 19.30", true},
        {"fr", "Ce reportage a été diffusé dans Le Journal de la Vallée, le 7 décembre 2026.", true},
        {"it", "Servizio andato in onda su Radio Lago alle 12:00 del 7 dicembre 2026", true},
        {"en", "This story aired on Valley Radio's Midday Report on December 7, 2026, at 12:00.", true},
        {"en", "As heard on Valley Radio Drive Time", true},
        {"es", "Emitido en Radio Valle el 7 de diciembre de 2026 a las 12:00", true},
        // Near misses: sentences of a text about a broadcast.
        {"fr", "Diffusé sur Arte dimanche, le documentaire a réuni trois millions de téléspectateurs.", false},
        {"fr", "Diffusé sur une chaîne locale, le film a surpris le public.", false},
        {"en", "This story aired on the evening news on Monday.", false},
        {"en", "As heard on the radio this morning, the mayor will not run again.", false},
        {"it", "Servizio andato in onda su Radio Lago, che ha poi dovuto scusarsi con gli ascoltatori.", false},
        {"es", "Emitido en directo, el debate reunió a los cinco candidatos.", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(is_boilerplate_phrase(r.line) == r.note);
    }
}

TEST_CASE("a broadcaster's note under the byline leaves the text", "[region][region103]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* note;
        const char* first;
    };
    const Row rows[] = {
        {"en",
         "Valley Radio News\nHome\nLocal\nMontrigg bridge reopens after six months of repairs\nBy Claire Vasey\n"
         "December 7, 2026, 11:40 a.m.\n"
         "This story aired on Valley Radio's Midday Report on December 7, 2026.\n"
         "The Montrigg bridge reopened to traffic on Monday after six months of repairs, the county said.\n"
         "Lorries remain banned until the end of the month, engineer Paul Darby said.\nShare\n",
         "This story aired on Valley Radio's Midday Report on December 7, 2026.", "The Montrigg bridge reopened"},
        {"it",
         "Radio Lago Notizie\nHome\nCronaca\nRiapre il ponte di Valmezzo dopo sei mesi di lavori\ndi Chiara Bettoni\n"
         "7 dicembre 2026, 11:40\n"
         "Servizio andato in onda su Radio Lago alle 12:00 del 7 dicembre 2026.\n"
         "Il ponte di Valmezzo ha riaperto lunedì al traffico dopo sei mesi di lavori di rinforzo, ha annunciato la "
         "provincia.\n"
         "I mezzi pesanti restano esclusi fino alla fine del mese, secondo l'ingegnere Paolo Darbi.\nCondividi\n",
         "Servizio andato in onda su Radio Lago alle 12:00 del 7 dicembre 2026.", "Il ponte di Valmezzo"},
        {"fr",
         "Radio Vallée Info\nAccueil\nRégions\nLe pont de Montrigaud rouvre après six mois de travaux\n"
         "Par Claire Vasseur\nPublié le 7 décembre 2026 à 11h40\n"
         "Ce reportage a été diffusé dans Le Journal de la Vallée, le 7 décembre 2026.\n"
         "Le pont de Montrigaud a rouvert lundi à la circulation après six mois de travaux de renforcement, a annoncé "
         "le département.\n"
         "Les poids lourds restent interdits jusqu'à la fin du mois, selon l'ingénieur Paul Darbois.\nPartager\n",
         "Ce reportage a été diffusé dans Le Journal de la Vallée, le 7 décembre 2026.", "Le pont de Montrigaud"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.note);
        const Article a = parse(r.page);
        CHECK_FALSE(test::in_text(a, r.note));
        CHECK(test::in_boilerplate(a, r.note));
        CHECK(test::has_paragraph_starting(a, r.first));
    }
    // Near miss: a paragraph of the text on a broadcast stays in it.
    const Article a = parse(test::replaced(rows[2].page, rows[2].note,
                                           "Diffusé sur Arte dimanche, le documentaire sur le pont a réuni trois "
                                           "millions de téléspectateurs."));
    CHECK(test::has_paragraph_starting(a, "Diffusé sur Arte dimanche"));
}

namespace {

// Two articles' head and paragraphs, and their last paragraph, for the sign-up boxes under them.
const char* const fr_port_head =
    "Le Courrier de l'Estuaire\nAccueil\nÉconomie\nLe port de Saint-Vaulry agrandit son terminal\n"
    "Par Thomas Le Guennec\nPublié le 7 décembre 2026 à 08h45\n"
    "Le port de Saint-Vaulry va agrandir son terminal à conteneurs d'ici 2029, a annoncé lundi la direction du "
    "port, qui prévoit d'investir 80 millions d'euros.\n"
    "Les travaux commenceront au printemps et doivent permettre d'accueillir des navires plus longs, selon le "
    "directeur Hervé Kerbrat.\n";
const char* const fr_port_last = "Les riverains craignent davantage de camions sur la route de la corniche.";
const char* const de_ferry_head =
    "Seetaler Bote\nStartseite\nRegion\nNeue Fähre zwischen Altrich und Seewil verkehrt ab Montag\n"
    "Von Petra Imboden\n7. Dezember 2026, 07.45 Uhr\n"
    "Die neue Fähre zwischen Altrich und Seewil nimmt am Montag den Betrieb auf, wie die "
    "Schifffahrtsgesellschaft am Sonntag mitteilte.\n"
    "Das Schiff ersetzt die fast fünfzig Jahre alte Seewil II, die im Frühling ausgemustert wurde.\n";
const char* const de_ferry_last = "Die Gemeinde Seewil rechnet mit mehr Pendlern auf dem See.";

} // namespace

// A newsletter's sign-up box under the article's last paragraph, its title and its button alone (no e-mail field, no
// blurb addressing the reader), glued to the text or set apart: the box's lines leave the text.
TEST_CASE("a sign-up box of a title and a button under the last paragraph is no text", "[region][region103]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* last;
        const char* title;
        const char* button;
        const char* tail;
    };
    const Row rows[] = {
        {"fr", fr_port_head, fr_port_last, "La lettre du matin", "S'inscrire",
         "Partager\n© 2026 Le Courrier de l'Estuaire\n"},
        {"de", de_ferry_head, de_ferry_last, "Unser Newsletter", "Anmelden",
         "Teilen\n© 2026 Seetaler Bote\n"},
        {"en",
         "Harbour Gazette\nHome\nBusiness\nKelmport harbour to extend its container terminal\nBy Tessa Marlowe\n"
         "December 7, 2026, 10:12 a.m.\n"
         "The Kelmport harbour board will extend its container terminal by 2029, it said on Monday, at a cost of 80 "
         "million pounds.\n"
         "Work starts in the spring and should let longer ships berth at the eastern pier, the harbour master Owen "
         "Pryce said.\n",
         "Residents fear more lorries on the coast road.", "Newsletter", "Sign up", "Share\nFacebook\n"},
    };
    for (const Row& r : rows) {
        for (const char* gap : {"\n", "\n\n"}) {
            INFO(r.lang << ": " << r.title << (gap[1] != 0 ? " (set apart)" : " (glued)"));
            const std::string page = std::string(r.head) + r.last + gap + r.title + "\n" + r.button + gap + r.tail;
            const Article a = parse(page);
            CHECK(test::has_paragraph_starting(a, r.last));
            CHECK_FALSE(test::in_text(a, r.title));
            CHECK_FALSE(test::in_text(a, r.button));
        }
    }
    // Near miss: a closing paragraph about a newsletter, no button under it, is the text's.
    const Row& fr = rows[0];
    const Article a = parse(std::string(fr.head) + fr.last + "\n" +
                            "La chambre de commerce lancera en janvier une newsletter pour informer les riverains du "
                            "chantier.\n" + fr.tail);
    CHECK(test::has_paragraph_starting(a, "La chambre de commerce lancera"));
}

// A box of facts between the date line and the first paragraph: the box is section 0 (its title, its items), the
// article's paragraphs under it a section of no heading (sections_build.cpp end_fact_box()).
TEST_CASE("the text under a box of facts opening the body is none of the box's section", "[sections][region103]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* title;
        const char* item;
        const char* first;
    };
    const Row rows[] = {
        {"fr",
         "L'Écho des Combes\nAccueil\nPolitique\nÉlection partielle à Vaulmont : la liste sortante l'emporte\n"
         "Par Julien Carmagnac\nPublié le 7 décembre 2026 à 08h30\n"
         "Le scrutin en chiffres\nInscrits : 12 400 électeurs\nParticipation : 41,3 %\n"
         "Liste sortante : 58,2 % des voix\n"
         "La liste conduite par la maire sortante Odile Ferrandier a remporté dimanche l'élection municipale partielle "
         "de Vaulmont, organisée après la démission de huit conseillers.\n"
         "L'opposition, menée par l'ancien adjoint Marc Sauvagnat, dénonce une campagne trop courte et envisage un "
         "recours.\nPartager\n© 2026 L'Écho des Combes\n",
         "Le scrutin en chiffres", "Participation : 41,3 %", "La liste conduite"},
        {"de",
         "Seetaler Bote\nStartseite\nRegion\nNeue Fähre zwischen Altrich und Seewil verkehrt ab Montag\n"
         "Von Petra Imboden\n7. Dezember 2026, 07.45 Uhr\n"
         "Die Fähre in Zahlen\nLänge: 48 Meter\nPlätze: 350 Fahrgäste\nKosten: 14 Millionen Franken\n"
         "Fahrzeit: 22 Minuten\n"
         "Die neue Fähre zwischen Altrich und Seewil nimmt am Montag den Betrieb auf, wie die "
         "Schifffahrtsgesellschaft am Sonntag mitteilte.\n"
         "Das Schiff ersetzt die fast fünfzig Jahre alte Seewil II, die im Frühling ausgemustert wurde.\n"
         "Teilen\n© 2026 Seetaler Bote\n",
         "Die Fähre in Zahlen", "Plätze: 350 Fahrgäste", "Die neue Fähre zwischen"},
        {"es",
         "Diario de la Vega\nInicio\nLocal\nEl nuevo puente de Valdecerros abre al tráfico el lunes\n"
         "Por Marta Iribarren\n7 de diciembre de 2026, 09:15\n"
         "El puente en cifras\nLongitud: 240 metros\nCoste: 18 millones de euros\nObras: 26 meses\n"
         "El nuevo puente sobre el río Vega en Valdecerros abrirá al tráfico el lunes, según anunció el domingo la "
         "diputación provincial.\n"
         "La obra sustituye al viejo puente de hierro, cerrado a los camiones desde hace tres años.\n"
         "Compartir\n© 2026 Diario de la Vega\n",
         "El puente en cifras", "Coste: 18 millones de euros", "El nuevo puente sobre"},
        {"en",
         "Harbour Gazette\nHome\nLocal\nNew Kelmport ferry enters service on Monday\nBy Tessa Marlowe\n"
         "December 7, 2026, 10:12 a.m.\n"
         "The ferry in numbers\nLength: 48 metres\nSeats: 350 passengers\nCost: 14 million pounds\n"
         "Crossing: 22 minutes\n"
         "The new ferry between Kelmport and Dunmere enters service on Monday, the harbour board said on Sunday.\n"
         "It replaces a vessel built almost fifty years ago, which was retired in the spring.\nShare\nFacebook\n",
         "The ferry in numbers", "Seats: 350 passengers", "The new ferry between"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        REQUIRE(a.sections.size() >= 2);
        CHECK(a.sections[0].heading == std::optional<std::string>(r.title));
        CHECK(std::find(a.sections[0].paragraphs.begin(), a.sections[0].paragraphs.end(), r.item) !=
              a.sections[0].paragraphs.end());
        CHECK_FALSE(a.sections[1].heading.has_value());
        REQUIRE_FALSE(a.sections[1].paragraphs.empty());
        CHECK(a.sections[1].paragraphs.front().starts_with(r.first));
    }
    // Near miss: a subheading over short paragraphs, no labelled items under it, heads them.
    const Article a = parse("Harbour Gazette\nHome\nLocal\nNew Kelmport ferry enters service on Monday\n"
                            "By Tessa Marlowe\nDecember 7, 2026, 10:12 a.m.\n"
                            "The new ferry between Kelmport and Dunmere enters service on Monday, the harbour board "
                            "said on Sunday.\n"
                            "It replaces a vessel built almost fifty years ago, which was retired in the spring.\n"
                            "A quieter crossing\n"
                            "The ship runs on batteries charged at both piers overnight.\n"
                            "Passengers will notice far less noise on deck, the captain said.\n"
                            "Share\nFacebook\n");
    REQUIRE(a.sections.size() == 2);
    CHECK(a.sections[1].heading == std::optional<std::string>("A quieter crossing"));
    CHECK(a.sections[1].paragraphs.size() == 2);
}

// A photo gallery's page, no paragraph of text: its slides (a counter over a caption closed by its credit) stand in
// for the body, and the head is read over them (region.cpp gallery_slides()).
namespace {

std::string gallery_page(const char* masthead, const char* label, const char* title, const char* standfirst,
                         const char* byline, const char* credit_label, const char* more) {
    const std::string credit = std::string(" ") + credit_label + " Colin Ashby\n";
    return std::string(masthead) + "\nHome\nNews\nSport\n" + label + "\n" + title + "\n" + standfirst +
           "\n07/12/2026\n" + byline + "\n1/3\nAround 200 children in costume led the parade down the high street." +
           credit + "2/3\nThe town band played on the market square until late evening." + credit +
           "3/3\nMayor Ruth Pendle opened the parade on Saturday afternoon." + credit + more + "\nContact\n" +
           "© " + masthead + " 2026\n";
}

} // namespace

TEST_CASE("a photo gallery's slides stand in for its body under the head", "[region][region103]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* label;
        const char* title;
        const char* standfirst;
    };
    const Row rows[] = {
        {"en",
         gallery_page("The Moorfield Courier", "Photo gallery",
                      "Harvest parade in Moorfield: hundreds line the high street", "Scenes from the weekend",
                      "By Colin Ashby", "Picture:", "More galleries"),
         "Photo gallery", "Harvest parade in Moorfield: hundreds line the high street", "Scenes from the weekend"},
        {"fr",
         gallery_page("Le Courrier de Morfond", "Galerie photos",
                      "Défilé des moissons à Morfond : des centaines de personnes dans la grand-rue",
                      "Les images du week-end", "Par Colin Ashby", "Photo :", "Plus de galeries"),
         "Galerie photos", "Défilé des moissons à Morfond : des centaines de personnes dans la grand-rue",
         "Les images du week-end"},
        {"de",
         gallery_page("Der Moorfelder Bote", "Bildergalerie",
                      "Erntedankumzug in Moorfeld: Hunderte säumen die Hauptstraße", "Bilder vom Wochenende",
                      "Von Colin Ashby", "Bild:", "Weitere Galerien"),
         "Bildergalerie", "Erntedankumzug in Moorfeld: Hunderte säumen die Hauptstraße", "Bilder vom Wochenende"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK(a.kicker == std::optional<std::string>(r.label));
        CHECK(a.lede == std::optional<std::string>(r.standfirst));
        REQUIRE(a.media.size() == 3);
        CHECK(a.media[1].caption ==
              std::optional<std::string>("The town band played on the market square until late evening."));
        CHECK(a.sections.empty());
    }
    // Near miss: an article with a gallery under its text keeps its text as body, its headline its own.
    const Article a = parse("The Moorfield Courier\nHome\nNews\nHarvest parade draws record crowd to Moorfield\n"
                            "By Colin Ashby\n07/12/2026\n"
                            "More than 5,000 people lined the high street on Saturday for the town's harvest parade, "
                            "the largest crowd since the event began, the organisers said.\n"
                            "The parade was led by around 200 children in costume, followed by the town band and "
                            "the fire brigade's old engine.\n"
                            "1/3\nAround 200 children in costume led the parade down the high street. Picture: Colin "
                            "Ashby\n2/3\nThe town band played on the market square until late evening. Picture: Colin "
                            "Ashby\n3/3\nMayor Ruth Pendle opened the parade on Saturday afternoon. Picture: Owen "
                            "Tate\nContact\n");
    CHECK(a.headline == std::optional<std::string>("Harvest parade draws record crowd to Moorfield"));
    CHECK(test::has_paragraph_starting(a, "More than 5,000 people"));
    CHECK(test::has_paragraph_starting(a, "The parade was led"));
}

// A sign-up box closing the article whose title names no offer over a short blurb addressing nobody: its button
// names the offer (signup_boxes.cpp drop_glued_signup_box(), drop_fieldless_signup_boxes()).
TEST_CASE("a sign-up box closing the article, its offer named by its button alone, is no text", "[region][region103]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* last;
        const char* box;
    };
    const Row rows[] = {
        {"fr", fr_port_head + std::string(fr_port_last) + "\n", "Les riverains craignent",
         "La lettre du matin\nL'essentiel de l'actualité de l'estuaire, chaque jour à 7 heures.\nS'inscrire\n"},
        {"de", de_ferry_head + std::string(de_ferry_last) + "\n", "Die Gemeinde Seewil",
         "Der Seetaler Morgen\nDas Wichtigste aus dem Tal, jeden Morgen um sechs Uhr.\nAnmelden\n"},
    };
    for (const Row& r : rows) {
        for (const char* gap : {"", "\n"}) {
            INFO(r.lang << (gap[0] != 0 ? " (set apart)" : " (glued)"));
            const std::string page = std::string(r.page) + gap + r.box + gap + "Partager\n";
            const Article a = parse(page);
            CHECK(test::has_paragraph_starting(a, r.last));
            CHECK(a.sections.size() == 1);
            CHECK_FALSE(test::in_text(a, std::string(r.box).substr(0, std::string(r.box).find('\n'))));
        }
    }
    // Near miss: amid the text (paragraphs under the button), a short section of the article stays.
    const std::string amid = std::string(rows[0].page) +
                             "Une réunion jeudi\nLa réunion publique aura lieu jeudi à la mairie, à 19 heures.\n"
                             "S'inscrire\n"
                             "Le maire Jean Brolet a promis d'y répondre aux questions des pêcheurs et des riverains "
                             "de la corniche.\n"
                             "Le chantier doit durer trois ans selon le calendrier présenté lundi.\nPartager\n";
    const Article a = parse(amid);
    CHECK(test::in_text(a, "La réunion publique aura lieu jeudi à la mairie, à 19 heures."));
}
