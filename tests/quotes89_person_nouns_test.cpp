// Nouns that describe a person and name no one: a German woman's noun of origin or party in -in ("sagte die
// Zürcherin"), a role noun after a short prefix and a hyphen ("die SP-Politikerin"), a quantifier opening a German
// sentence ("Jede Familie brauche ...", "Alle Wege zu ihr ..."), and role nouns of Polish, Dutch and Portuguese
// that open a sentence before a name or stand for the person named so before.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a German woman's noun of origin or party in -in describes the woman named before", "[quotes][quotes89]") {
    check_quotes({
        {"de",
         {"\u00ABDas ist ein guter Tag\u00BB, sagte Stadträtin Helga Brunner am Montag in Olten.",
          "\u00ABJede Etage braucht Bäume\u00BB, sagte die Sozialdemokratin."},
         "Jede Etage braucht Bäume", "Helga Brunner", "die Sozialdemokratin"},
        {"de",
         {"\u00ABDas ist ein guter Tag\u00BB, sagte Stadträtin Helga Brunner am Montag in Olten.",
          "\u00ABDas Geld fehlt\u00BB, sagte die Zürcherin."},
         "Das Geld fehlt", "Helga Brunner", "die Zürcherin"},
        {"de",
         {"\u201EWir klagen\u201C, sagte Anwältin Petra Moor.", "\u201EDas dauert\u201C, erklärte die Juristin."},
         "Das dauert", "Petra Moor", "die Juristin"},
        // (with no woman named before: no one, and no body named "Baslerin")
        {"de", {"\u201EDas dauert\u201C, erklärte die Baslerin."}, "Das dauert", "", "die Baslerin"},
    });
}

TEST_CASE("a role noun after a short prefix and a hyphen is a role", "[quotes][quotes89]") {
    check_quotes({
        {"de",
         {"\u201EWir klagen\u201C, sagte Nationalrätin Petra Moor.", "\u201EDas dauert\u201C, sagte die SP-Politikerin."},
         "Das dauert", "Petra Moor", "die SP-Politikerin"},
        {"de", {"\u201EDas dauert\u201C, hatte VW-Chef Moor in einem Interview gesagt."}, "Das dauert", "Moor"},
    });
}

TEST_CASE("a quantifier opening a German sentence counts its nouns: no name", "[quotes][quotes89]") {
    check_quotes({
        {"de", {"Stadträtin Ursula Imhof lobte das Projekt. Jede Familie brauche eine gute Verbindung, sagte sie."},
         "Jede Familie brauche eine gute Verbindung", "Ursula Imhof"},
        {"de", {"Stadträtin Ursula Imhof lobte das Projekt. Alle Pendler seien froh, sagte sie."},
         "Alle Pendler seien froh", "Ursula Imhof"},
        // (the nouns of a quote are no one either: "die Britin" is the woman named before)
        {"de", {"Stadträtin Ursula Imhof lobte das Projekt. \u00ABJede Etage braucht Bäume\u00BB, sagte die Britin."},
         "Jede Etage braucht Bäume", "Ursula Imhof"},
        // (the run after it, a particle within, is counted too)
        {"de",
         {"Ihr Berater ist wichtig. Alle Wege zu Ihnen führen über ihn.",
          "Ein langjähriger Freund sagte Ihnen: \u201EDu bist wie ein Zug: pünktlich und laut.\u201C"},
         "Du bist wie ein Zug: pünktlich und laut.", "", "Ein langjähriger Freund"},
    });
}

TEST_CASE("a role noun opening a sentence is no part of the name after it", "[quotes][quotes89]") {
    check_quotes({
        {"pl", {"Posłanka Anna Kowalczyk zarzuciła rządowi opieszałość. \u201ENie mamy czasu\u201D \u2013 dodała."},
         "Nie mamy czasu", "Anna Kowalczyk"},
        {"nl", {"Vakbondsman Piet de Wit reageert: \u201EDit is onaanvaardbaar.\u201D"}, "Dit is onaanvaardbaar.",
         "Piet de Wit"},
        {"nl", {"Burgemeester Anke Mulder reageert: \u201EDit is onaanvaardbaar.\u201D"}, "Dit is onaanvaardbaar.",
         "Anke Mulder"},
    });
}

TEST_CASE("a Polish leader or a Portuguese player's place stands for the person named so", "[quotes][quotes89]") {
    check_quotes({
        {"pl",
         {"Przywódca partii Jan Mazur przyjechał do Gdańska.",
          "Przywódca podkreślił, że zima będzie \u201Enajtrudniejszym okresem\u201D."},
         "najtrudniejszym okresem", "Jan Mazur"},
        {"pt",
         {"O atacante Rui Lopes marcou dois gols.", "\"Foi uma noite especial\", afirmou o atacante."},
         "Foi uma noite especial", "Rui Lopes", "o atacante"},
    });
}
