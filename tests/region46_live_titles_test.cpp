// A live blog's entry titled by a few words in quotation marks ("« Une trahison des cheminots »") or by a title
// between the marks a ticker prints around its stamps ("+++ Keller überflutet – Feuerwehr im Einsatz +++"), right
// under the entry's time stamp, heads the entry as the plain titles do (sections_headings.cpp live_title_in_marks()).
// A whole sentence between the marks, or the same lines where no stamps stand, head nothing. Invented lines.
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
