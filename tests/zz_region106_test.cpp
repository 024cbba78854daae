// Live tickers, related links and the state of a page (invented pages). A sports ticker stamps its entries with the
// match's minute ("90.+4", "45'+2", "12'"): entry_stamp() read clock times and a post's age only, so the minutes were
// no stamps, the entries' titles of one or two words ("Abpfiff", "Fine partita") went to the boilerplate and the
// ticker's standfirst joined the text. A bare related label ("Read more", "Lire aussi") over two titles
// took only the first title with it: the second headed the text under it. A German ticker's "Stand: <day, time>"
// under the day it was published is its last revision (`updated`); alone it stays the page's date.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

TEST_CASE("a match's minute alone on its line stamps a sports ticker's entry", "[region106][live]") {
    for (const char* line : {"90.+4", "45.+2", "90'+4", "45'+2", "78'", "45+2'", "90’", "90’+3"}) {
        INFO(line);
        CHECK(minute_stamp(segment(line).front()));
        CHECK(entry_stamp(segment(line).front()));
    }
    // A figure with decimals, a score, a year, added time with no minute's mark or a sum's stop, a minute in words; a
    // German minute without its added time, which a numbered list's item ("1.", "12.") prints as well.
    for (const char* line :
         {"12.5", "3:1", "2026.", "+4", "90+4", "45+2.", "78. Minute", "1234'", "90.+123", "78.", "1.", "12."}) {
        INFO(line);
        CHECK_FALSE(minute_stamp(segment(line).front()));
    }
}

namespace {

struct TickerPage {
    const char* lang;
    std::vector<std::string> lines;
    std::string intro;                 // the ticker's standfirst
    std::vector<std::string> entries;  // the entries' titles and texts, in order
    std::vector<std::string> stamps;   // the minutes, boilerplate
};

const std::vector<TickerPage>& ticker_pages() {
    static const std::vector<TickerPage> pages = {
        {"de",
         {"Startseite", "Sport", "Fußball", "Liveticker",
          "FC Lauterbach gegen SV Oberried 2:1 – Last-Minute-Sieg im Derby", "Stand: 7.12.2026, 17:22 Uhr",
          "Von Jonas Pfeiffer", "Das Derby im Liveticker: Wir begleiten das Spiel Minute für Minute.", "90.+4",
          "Abpfiff",
          "Schluss in Lauterbach! Der FC gewinnt das Derby dank eines späten Treffers und springt auf Platz drei.",
          "90.+2", "Tor für Lauterbach", "Kaan Yilmaz köpft nach einer Ecke zum 2:1 ein. Das Stadion bebt.", "80.+1",
          "Ausgleich für Oberried", "Nach einem Gewühl im Strafraum schiebt Marco Brandl aus kurzer Distanz ein.",
          "45.+2", "Halbzeit", "Mit einer knappen Führung für die Gastgeber geht es in die Kabinen.", "Teilen",
          "Kommentare", "Impressum"},
         "Das Derby im Liveticker: Wir begleiten das Spiel Minute für Minute.",
         {"Abpfiff",
          "Schluss in Lauterbach! Der FC gewinnt das Derby dank eines späten Treffers und springt auf Platz drei.",
          "Tor für Lauterbach", "Kaan Yilmaz köpft nach einer Ecke zum 2:1 ein. Das Stadion bebt.",
          "Ausgleich für Oberried", "Nach einem Gewühl im Strafraum schiebt Marco Brandl aus kurzer Distanz ein.",
          "Halbzeit", "Mit einer knappen Führung für die Gastgeber geht es in die Kabinen."},
         {"90.+4", "90.+2", "80.+1", "45.+2"}},
        {"it",
         {"Home", "Cronaca", "Sport", "Diretta", "Juventus-Torino 2-1: Vlahović decide il derby nel recupero",
          "Aggiornato alle 22:47", "di Marta Venturelli",
          "Segui con noi la cronaca minuto per minuto del derby della Mole.", "90'+4", "Fine partita",
          "L'arbitro fischia la fine: la Juventus vince il derby e sale al secondo posto in classifica.", "90'+2",
          "Gol della Juventus",
          "Vlahović di testa su cross di Cambiaso: la Juventus torna in vantaggio a tempo ormai scaduto.", "78'",
          "Pareggio del Torino",
          "Zapata insacca da due passi dopo una mischia in area. Partita di nuovo in equilibrio.",
          "45'+2", "Fine primo tempo",
          "Squadre negli spogliatoi con la Juventus avanti di un gol grazie alla rete di Yildiz.", "12'",
          "Vantaggio Juventus",
          "Yildiz calcia a giro dal limite dell'area e il pallone si infila sotto la traversa.", "Condividi",
          "Commenti", "Privacy"},
         "Segui con noi la cronaca minuto per minuto del derby della Mole.",
         {"Fine partita",
          "L'arbitro fischia la fine: la Juventus vince il derby e sale al secondo posto in classifica.",
          "Gol della Juventus",
          "Vlahović di testa su cross di Cambiaso: la Juventus torna in vantaggio a tempo ormai scaduto.",
          "Pareggio del Torino",
          "Zapata insacca da due passi dopo una mischia in area. Partita di nuovo in equilibrio.",
          "Fine primo tempo", "Squadre negli spogliatoi con la Juventus avanti di un gol grazie alla rete di Yildiz.",
          "Vantaggio Juventus",
          "Yildiz calcia a giro dal limite dell'area e il pallone si infila sotto la traversa."},
         {"90'+4", "90'+2", "78'", "45'+2", "12'"}},
    };
    return pages;
}

// The article's text, headings and paragraphs, in order.
std::vector<std::string> text_of(const Article& a) {
    std::vector<std::string> out;
    for (const auto& s : a.sections) {
        if (s.heading)
            out.push_back(*s.heading);
        out.insert(out.end(), s.paragraphs.begin(), s.paragraphs.end());
    }
    return out;
}

} // namespace

TEST_CASE("a sports ticker's entries under their minutes are its text, the minutes its stamps", "[region106][live]") {
    for (const auto& page : ticker_pages()) {
        INFO(page.lang);
        const Article a = classify(segment(page_of(page.lines)), page.lang);
        // (The standfirst over the first minute, no text of the first entry; each entry's title and text kept, none
        // left out as a menu's line.)
        CHECK(a.lede == std::optional<std::string>(page.intro));
        CHECK(text_of(a) == page.entries);
        for (const auto& stamp : page.stamps) {
            INFO(stamp);
            CHECK(in_boilerplate(a, stamp));
        }
    }
}

TEST_CASE("numbered lines counting one by one are no minutes of a ticker", "[region106][live]") {
    // Near miss: a list numbered "1." to "3." on lines of their own keeps its items as it did.
    const std::string page = page_of(
        {"Harbour Weekly", "News", "Three walks along the old harbour wall", "By Owen Maddox", "December 5, 2026",
         "The harbour wall is one of the best places in town for a winter walk, and the council has just repaired "
         "its railings along the whole length.",
         "1.", "The lighthouse loop",
         "Start at the lighthouse and follow the wall to the fish market, then come back along Quay Street.", "2.",
         "The ferry path", "From the ferry terminal the path runs past the boatyards to the old customs house.",
         "3.", "The long wall", "The longest walk takes you to the end of the breakwater, where seals are often seen.",
         "Share", "Privacy policy"});
    const Article a = classify(segment(page), "en");
    CHECK(headings_of(a) == std::vector<std::string>{"The lighthouse loop", "The ferry path", "The long wall"});
}

TEST_CASE("a German page's state under its day of publication is its update", "[region106][dates]") {
    auto page = [](const std::string& dates) {
        return page_of({"Startseite", "Regional", "Liveticker",
                        "Hochwasser an der Lauter: Pegel steigt weiter – Evakuierungen in Oberried", dates,
                        "Von Jonas Pfeiffer",
                        "Die Lage an der Lauter spitzt sich zu. Wir berichten laufend über die aktuellen Entwicklungen "
                        "im Landkreis.",
                        "14:05 Uhr", "Landrat ruft Katastrophenfall aus",
                        "Landrat Michael Gerber hat am frühen Nachmittag den Katastrophenfall für den gesamten "
                        "Landkreis ausgerufen.",
                        "13:40 Uhr", "Schulen bleiben morgen geschlossen",
                        "Das Schulamt teilt mit, dass alle Schulen in Oberried am Dienstag geschlossen bleiben.",
                        "13:12 Uhr", "Pegel bei 4,80 Metern",
                        "Der Pegel in Wendlingen hat die Marke von 4,80 Metern überschritten.", "Impressum"});
    };
    const Article both = classify(segment(page("7. Dezember 2026, 9:12 Uhr\nStand: 7.12.2026, 14:05 Uhr")), "de");
    CHECK(both.published == std::optional<std::string>("2026-12-07T09:12"));
    CHECK(both.updated == std::optional<std::string>("2026-12-07T14:05"));
    CHECK(in_boilerplate(both, "Stand: 7.12.2026, 14:05 Uhr"));
    // Alone, the state is the page's date (its only one).
    const Article alone = classify(segment(page("Stand: 7.12.2026, 14:05 Uhr")), "de");
    CHECK(alone.published == std::optional<std::string>("2026-12-07T14:05"));
    CHECK_FALSE(alone.updated);
    // Near miss: a second unlabelled date under the first is no revision (a teaser's, an event's).
    const Article plain = classify(segment(page("7. Dezember 2026, 9:12 Uhr\n7.12.2026, 14:05 Uhr")), "de");
    CHECK(plain.published == std::optional<std::string>("2026-12-07T09:12"));
    CHECK_FALSE(plain.updated);
}

namespace {

struct RelatedPage {
    const char* lang;
    std::vector<std::string> lines;
    std::string label;
    std::vector<std::string> titles;
    std::vector<std::string> headings;
    std::size_t first_paragraphs; // the first section's paragraphs
};

// The head of a page, two paragraphs, a bare label and what follows it.
std::vector<std::string> with_box(std::vector<std::string> head, const std::vector<std::string>& box,
                                  const std::vector<std::string>& tail) {
    head.insert(head.end(), box.begin(), box.end());
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

const std::vector<std::string> en_head = {
    "The Harford Courier", "News", "Sport", "Business", "Harford footbridge closed after cracks found in supports",
    "By Owen Maddox", "December 5, 2026",
    "The footbridge linking Harford's market square to the river path was closed on Friday after engineers found deep "
    "cracks in two of its supports during a routine inspection.",
    "Council officers put up barriers at both ends and said a diversion along Mill Lane would add about ten minutes "
    "to the walk for residents heading into town."};
const std::vector<std::string> en_tail = {
    "Shopkeepers on the river side of the bridge said trade had already fallen. \"Most of our customers walk over "
    "from the square,\" said Priya Lathan, who runs a bakery on Quay Street.",
    "The council said it would decide next week whether the bridge can be repaired or must be replaced.",
    "Traders count the cost",
    "A meeting for traders will be held at the town hall on Monday evening, where officers will explain how long the "
    "closure is expected to last.",
    "Share", "Comments", "Privacy policy"};
const std::vector<std::string> fr_head = {
    "L'Écho de Valmont", "Actualités", "Sports", "Économie",
    "Valmont : la passerelle sur la Brume fermée après la découverte de fissures", "Par Hélène Moreau",
    "5 décembre 2026",
    "La passerelle qui relie la place du marché aux berges de la Brume est fermée depuis vendredi matin. Des fissures "
    "profondes ont été découvertes sur deux piles lors d'une inspection de routine.",
    "Les services de la ville ont installé des barrières aux deux extrémités et fléché un détour par la rue des "
    "Moulins, qui allonge le trajet d'une dizaine de minutes."};
const std::vector<std::string> fr_tail = {
    "Les commerçants installés côté berges constatent déjà une baisse de fréquentation. « La plupart de nos clients "
    "viennent à pied depuis la place », explique Claire Dumas, boulangère.",
    "La mairie doit décider la semaine prochaine si la passerelle peut être réparée ou doit être remplacée.",
    "La colère des commerçants",
    "Une réunion est prévue lundi soir à la mairie pour expliquer aux commerçants combien de temps durera la "
    "fermeture.",
    "Partager", "Commentaires", "Mentions légales"};

} // namespace

TEST_CASE("a bare related label over two titles takes both titles with it", "[region106][related]") {
    const std::vector<RelatedPage> pages = {
        {"en",
         with_box(en_head,
                  {"Read more", "Harford council approves new budget for road repairs",
                   "Mill Lane resurfacing delayed until spring"},
                  en_tail),
         "Read more",
         {"Harford council approves new budget for road repairs", "Mill Lane resurfacing delayed until spring"},
         {"Traders count the cost"},
         4},
        {"fr",
         with_box(fr_head,
                  {"Lire aussi", "Valmont : le conseil municipal vote un budget pour la voirie",
                   "Rue des Moulins, les travaux reportés au printemps"},
                  fr_tail),
         "Lire aussi",
         {"Valmont : le conseil municipal vote un budget pour la voirie",
          "Rue des Moulins, les travaux reportés au printemps"},
         {"La colère des commerçants"},
         4},
        // Near miss: one title, then a cross-head three words shorter than it right over the text: the text's.
        {"en",
         with_box(en_head,
                  {"Read more", "Harford council approves new budget for road repairs", "Bakers lose trade"},
                  en_tail),
         "Read more",
         {"Harford council approves new budget for road repairs"},
         {"Bakers lose trade", "Traders count the cost"},
         2},
        {"fr",
         with_box(fr_head,
                  {"Lire aussi", "Valmont : le conseil municipal vote un budget pour la voirie",
                   "Les boulangers inquiets"},
                  fr_tail),
         "Lire aussi",
         {"Valmont : le conseil municipal vote un budget pour la voirie"},
         {"Les boulangers inquiets", "La colère des commerçants"},
         2},
    };
    for (const auto& page : pages) {
        INFO(page.lang << " " << page.titles.size());
        const Article a = classify(segment(page_of(page.lines)), page.lang);
        CHECK(in_boilerplate(a, page.label));
        for (const auto& t : page.titles) {
            INFO(t);
            CHECK(in_boilerplate(a, t));
        }
        CHECK(headings_of(a) == page.headings);
        // (The text goes on under the box, in the section over it, or under the cross-head.)
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.size() == page.first_paragraphs);
    }
}

TEST_CASE("the title of the box closing a press release heads its paragraph under short lines", "[region106][press]") {
    struct Row {
        const char* lang;
        std::vector<std::string> lines;
        std::string title;
        std::string paragraph;
    };
    const std::vector<Row> rows = {
        {"en",
         {"Harbour Arts Trust", "News", "Events", "Contact",
          "Harbour Arts Trust opens free summer studio for young painters",
          "HARFORD, December 5, 2026 – The Harbour Arts Trust will open a free summer studio for painters aged 14 to "
          "19 in the old customs house on Quay Street.",
          "The studio will run for eight weeks from July and will offer materials, tuition and an exhibition at the "
          "end of the summer.",
          "\"We want every young painter in Harford to have a place to work,\" said Priya Lathan, the trust's "
          "director.",
          "For more information visit www.harbourarts.example", "Photos of the studio are available on request",
          "About the Harbour Arts Trust",
          "Founded in 1987, it runs workshops, exhibitions and grants for artists in the Harford area and welcomes "
          "more than 20,000 visitors each year.",
          "Share this page", "Privacy policy"},
         "About the Harbour Arts Trust",
         "Founded in 1987, it runs workshops, exhibitions and grants for artists in the Harford area and welcomes more "
         "than 20,000 visitors each year."},
        {"fr",
         {"Fondation Lumière", "Actualités", "Presse", "Contact",
          "La Fondation Lumière lance un programme de bourses pour les jeunes chercheurs",
          "Paris, le 5 décembre 2026 – La Fondation Lumière annonce le lancement d'un programme de bourses destiné "
          "aux jeunes chercheurs en sciences de l'environnement.",
          "Le programme financera chaque année vingt projets de recherche d'une durée de deux ans. Les candidatures "
          "seront ouvertes du 15 janvier au 31 mars 2027.",
          "« Nous voulons donner aux jeunes chercheurs les moyens de travailler sur les questions qui comptent », a "
          "déclaré Claire Dumas, directrice de la fondation.",
          "Plus d'informations sur www.lumiere.example", "Des photos sont disponibles sur demande",
          "À propos de la Fondation Lumière",
          "Créée en 1998, elle soutient la recherche scientifique et l'éducation en France et a financé plus de 400 "
          "projets depuis sa création.",
          "Partager", "Mentions légales"},
         "À propos de la Fondation Lumière",
         "Créée en 1998, elle soutient la recherche scientifique et l'éducation en France et a financé plus de 400 "
         "projets depuis sa création."},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(page_of(r.lines)), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().heading == std::optional<std::string>(r.title));
        CHECK(a.sections.back().paragraphs == std::vector<std::string>{r.paragraph});
    }
    // Near miss: a list's item opening with the same word and no name after it stays an item of its list.
    const Article list = classify(
        segment(page_of({"Harbour Arts Trust", "News", "Harbour Arts Trust opens free summer studio for young painters",
                         "By Owen Maddox", "December 5, 2026",
                         "The Harbour Arts Trust will open a free summer studio for painters aged 14 to 19 in the old "
                         "customs house on Quay Street, the trust said on Friday.",
                         "What the studio offers", "Free tuition from local painters",
                         "Paper, paints and brushes for every student", "About twenty places each week",
                         "The studio will run for eight weeks from July and will close with an exhibition at the end "
                         "of the summer.",
                         "Share this page", "Privacy policy"})),
        "en");
    for (const auto& s : list.sections)
        CHECK(s.heading != std::optional<std::string>("About twenty places each week"));
}
