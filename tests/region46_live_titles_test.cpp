// A live blog's entry titled by a few words in quotation marks ("« Une trahison des cheminots »") or by a title
// between the marks a ticker prints around its stamps ("+++ Keller überflutet – Feuerwehr im Einsatz +++"), right
// under the entry's time stamp, heads the entry as the plain titles do (sections_headings.cpp live_title_in_marks()).
// A whole sentence between the marks, or the same lines where no stamps stand, head nothing. An entry's title under
// a relative stamp ("3m ago", "vor 3 Minuten", "Il y a 3 min") over its text and the next entry's stamp heads the
// entry too: that stamp is no teaser's date (sections_headings.cpp stamp_over_entries()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

namespace {

std::string live_page(const char* lang, const char* title) {
    const std::string l = lang;
    if (l == "fr")
        return std::string("Le Journal de la Vallée\nAccueil\nPolitique\nEN DIRECT\n"
                           "Réforme du rail : suivez le débat à l'Assemblée\n"
                           "Les députés examinent le texte en séance publique depuis ce matin.\n"
                           "Par Claire Dumas\nPublié le 5 décembre 2026 à 08h02\n"
                           "16:10\nLe vote est reporté\n"
                           "La séance a été suspendue à la demande du groupe majoritaire, qui souhaite consulter ses "
                           "membres avant le vote final.\n"
                           "15:40\n") +
               title +
               "\nLa présidente du groupe écologiste, Lucie Martel, a dénoncé un texte écrit sans concertation. "
               "« Personne n'a été écouté », a-t-elle déclaré.\n"
               "15:12\nLe ministre défend son projet\n"
               "Le ministre des Transports assure que la réforme garantira l'avenir des petites lignes et promet un "
               "calendrier précis.\n"
               "14:30\nLes syndicats appellent à manifester\n"
               "Quatre syndicats ont appelé à un rassemblement devant l'Assemblée mardi prochain pour protester contre "
               "le texte.\n"
               "© Le Journal de la Vallée 2026\n";
    if (l == "de")
        return std::string("Hafenbote Online\nStartseite\nPolitik\nLiveticker: Hochwasser an der Elbe\n"
                           "Die Pegel steigen weiter, die Stadt richtet Notunterkünfte ein.\n"
                           "Von Lena Hoff\nAktualisiert am 05.12.2026, 16:20 Uhr\n"
                           "16:20 Uhr\nStadt sperrt zwei Brücken\n"
                           "Wegen des steigenden Pegels sperrt die Stadt ab sofort die Augustusbrücke und die "
                           "Albertbrücke für den Verkehr.\n"
                           "15:58 Uhr\n") +
               title +
               "\nIn mehreren Straßen von Pieschen stehen Keller unter Wasser. Die Feuerwehr pumpt seit dem Morgen "
               "ohne Pause.\n"
               "15:30 Uhr\nSchulen bleiben am Montag geschlossen\n"
               "Das Kultusamt hat angekündigt, dass die Schulen in den betroffenen Stadtteilen am Montag geschlossen "
               "bleiben.\n"
               "14:12 Uhr\nNotunterkunft in der Messehalle\n"
               "In der Messehalle stehen 400 Feldbetten für Menschen bereit, die ihre Wohnungen verlassen mussten.\n"
               "© Hafenbote Online 2026\n";
    return std::string("The Harbour Ledger\nWorld\nUK\nLIVE\n"
                       "Dock strike live: talks resume as ports stay shut\n"
                       "Follow the latest as unions and employers meet for a third day.\n"
                       "By Nora Quinn\nThu 5 Dec 2026 16.20 GMT\n"
                       "16:20\nEmployers table a new offer\n"
                       "The port employers have put a new pay offer on the table, the union's negotiators said on "
                       "leaving the meeting room.\n"
                       "15:58\n") +
           title +
           "\nThe union's general secretary, Alan Pryce, told members outside the talks that the strike would go on "
           "until a fair deal was signed.\n"
           "15:30\nShips wait off the coast\n"
           "More than forty container ships are now anchored off the coast waiting for a berth, the coastguard "
           "said.\n"
           "14:12\nFerry passengers told to travel later\n"
           "Passengers booked on the evening ferries have been told to move their journeys to next week.\n"
           "© The Harbour Ledger 2026\n";
}

bool heads_paragraph(const Article& a, const std::string& heading, const std::string& start) {
    for (const auto& s : a.sections)
        if (s.heading && *s.heading == heading)
            return !s.paragraphs.empty() && s.paragraphs.front().rfind(start, 0) == 0;
    return false;
}

} // namespace

TEST_CASE("a live entry's title in quotation marks or between a ticker's marks heads the entry", "[region][region46]") {
    struct Row {
        const char* lang;
        const char* title;
        const char* text;
    };
    const Row rows[] = {
        {"fr", "« Une trahison des cheminots »", "La présidente du groupe écologiste"},
        {"de", "+++ Keller in Pieschen überflutet – Feuerwehr im Dauereinsatz +++", "In mehreren Straßen"},
        {"de", "„Wir lassen niemanden allein“", "In mehreren Straßen"},
        {"en", "‘We will not go back to work’", "The union's general secretary"},
        {"en", "+++ Union rejects the offer +++", "The union's general secretary"},
        {"fr", "• Les cheminots quittent la séance •", "La présidente du groupe écologiste"},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(live_page(r.lang, r.title));
        CHECK(heads_paragraph(a, r.title, r.text));
        CHECK_FALSE(test::contains(a.boilerplate, r.title));
    }
}

TEST_CASE("a sentence between a ticker's marks, or marks where no stamps stand, head no entry", "[region][region46]") {
    // (A whole sentence closed by its stop between the marks is no title.)
    for (const auto& [lang, title] : {std::pair{"de", "+++ Keller in Pieschen überflutet. +++"},
                                      std::pair{"en", "+++ The union has rejected the offer. +++"}}) {
        INFO(lang << ": " << title);
        CHECK_FALSE(test::contains(test::headings_of(parse(live_page(lang, title))), title));
    }
    // (The stamps taken off: no live blog, the title's marks prove nothing.)
    for (const auto& [lang, title, stamps] :
         {std::tuple{"de", "+++ Keller in Pieschen überflutet – Feuerwehr im Dauereinsatz +++",
                     std::vector<const char*>{"16:20 Uhr\n", "15:58 Uhr\n", "15:30 Uhr\n", "14:12 Uhr\n"}},
          std::tuple{"fr", "« Une trahison des cheminots »",
                     std::vector<const char*>{"16:10\n", "15:40\n", "15:12\n", "14:30\n"}}}) {
        std::string page = live_page(lang, title);
        for (const char* stamp : stamps)
            page = test::replaced(page, stamp, "");
        INFO(lang << ": " << title);
        CHECK_FALSE(test::contains(test::headings_of(parse(page)), title));
    }
}

TEST_CASE("a live entry's title under a relative stamp heads its entry, the next stamp no teaser's date",
          "[region][region46]") {
    // "3m ago / <title> / <text> / 14m ago / <title> / ...": the relative stamp under the first titled entry's text
    // is the next entry's, not the date signing a teaser; the title heads its entry as the later ones do.
    struct Row {
        const char* lang;
        std::string page;
        const char* title;
        const char* text;
    };
    const Row rows[] = {
        {"en",
        "The Harbour Ledger\n"
        "World\n"
        "UK\n"
        "LIVE\n"
        "Storm Ilka live: ferries cancelled as winds reach 120 km/h\n"
        "Follow the latest as the storm crosses the coast.\n"
        "By Nora Quinn\n"
        "Thu 5 Dec 2026 16.20 GMT\n"
        "The storm is expected to reach the east coast tonight. Ferries and trains in the region have been cancelled until Saturday.\n"
        "3m ago\n"
        "Harbour wall breached at Seaport\n"
        "Waves have broken through the old harbour wall at Seaport, flooding the quay and two streets behind it.\n"
        "14m ago\n"
        "Schools to stay shut on Friday\n"
        "The county council said all schools on the coast would stay closed on Friday as a precaution.\n"
        "15.31 GMT\n"
        "Power cut for 4,000 homes\n"
        "About 4,000 homes are without power after a line came down near the river, the network operator said.\n"
        "15.02 GMT\n"
        "Coastguard warns walkers\n"
        "The coastguard has asked people to keep away from cliff paths and sea fronts until the wind drops.\n"
        "© The Harbour Ledger 2026\n",
         "Harbour wall breached at Seaport", "Waves have broken through"},
        {"de",
        "Hafenbote Online\n"
        "Startseite\n"
        "Politik\n"
        "Liveticker: Sturmtief Ilka erreicht die Küste\n"
        "Alle Entwicklungen zum Sturm im Überblick.\n"
        "Von Lena Hoff\n"
        "05.12.2026, 16:20 Uhr\n"
        "Der Sturm soll am Abend die Ostküste erreichen. Fähren und Züge in der Region fallen bis Samstag aus.\n"
        "vor 3 Minuten\n"
        "Hafenmauer in Seehafen gebrochen\n"
        "Die Wellen haben die alte Hafenmauer in Seehafen durchbrochen und den Kai sowie zwei Straßen überflutet.\n"
        "vor 14 Minuten\n"
        "Schulen bleiben am Freitag geschlossen\n"
        "Der Kreis hat angekündigt, dass alle Schulen an der Küste am Freitag vorsorglich geschlossen bleiben.\n"
        "15:31 Uhr\n"
        "Stromausfall in 4000 Haushalten\n"
        "Rund 4000 Haushalte sind ohne Strom, nachdem eine Leitung am Fluss heruntergekommen ist, teilte der Netzbetreiber mit.\n"
        "15:02 Uhr\n"
        "Küstenwache warnt Spaziergänger\n"
        "Die Küstenwache bittet, Klippenwege und Promenaden zu meiden, bis der Wind nachlässt.\n"
        "© Hafenbote Online 2026\n",
         "Hafenmauer in Seehafen gebrochen", "Die Wellen haben"},
        {"fr",
        "Le Journal de la Côte\n"
        "Accueil\n"
        "Politique\n"
        "EN DIRECT\n"
        "Tempête Ilka : les ferries annulés, des rafales à 120 km/h\n"
        "Suivez les dernières informations sur la tempête.\n"
        "Par Claire Dumas\n"
        "Publié le 5 décembre 2026 à 16h20\n"
        "La tempête doit atteindre la côte est ce soir. Les ferries et les trains de la région sont annulés jusqu'à samedi.\n"
        "Il y a 3 min\n"
        "La digue cède à Port-Neuf\n"
        "Les vagues ont percé la vieille digue du port, inondant le quai et deux rues situées derrière.\n"
        "Il y a 14 min\n"
        "Les écoles fermées vendredi\n"
        "Le département a annoncé que toutes les écoles du littoral resteront fermées vendredi par précaution.\n"
        "15h31\n"
        "Coupure de courant pour 4000 foyers\n"
        "Environ 4000 foyers sont privés d'électricité après la chute d'une ligne près de la rivière, selon le gestionnaire du réseau.\n"
        "15h02\n"
        "Les promeneurs appelés à la prudence\n"
        "Les secours demandent d'éviter les sentiers côtiers et les fronts de mer jusqu'à ce que le vent faiblisse.\n"
        "© Le Journal de la Côte 2026\n",
         "La digue cède à Port-Neuf", "Les vagues ont percé"},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        CHECK(heads_paragraph(a, r.title, r.text));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), r.title));
    }
}
