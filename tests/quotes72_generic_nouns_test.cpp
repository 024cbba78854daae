// Nouns that name anyone and the nouns of offices (session 40): where nouns are capitalised, "der Mann", "eine
// Frau" alone after an article name no one, and a quote they say has no speaker's name, as "the man", "l'homme" and
// "l'uomo" have none; a member of a Swiss executive or council named by the body's noun ("die Bundesrätin", "der
// Regierungsrat") is the person named before with another office's noun. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using archive::quote_rows::check_quotes;
using archive::quote_rows::PageRow;

TEST_CASE("a noun naming anyone alone after an article is no name", "[quotes][quotes72]") {
    check_names({
        {"de", "Am Abend sagte der Mann nichts.", {}},
        {"de", "Später erzählte eine Frau von dem Unfall.", {}},
        {"de", "Das bestätigte die Passantin am Telefon.", {}},
        // (a name of the same word is still one: no article before it)
        {"de", "Am Abend las Thomas Mann aus seinem Buch.", {"Thomas Mann"}},
        {"de", "Am Abend sagte der Wanderer Marco Huber nichts.", {"Marco Huber"}},
    });
}

TEST_CASE("a quote said by a noun naming anyone has no speaker's name", "[quotes][quotes72]") {
    check_quotes({
        {"de", {"Ein Wanderer ist am Sonntag gestürzt.", "\u00ABIch dachte, das wars\u00BB, sagt der Mann."},
         "Ich dachte, das wars", "", "der Mann"},
        {"de", {"Am Bahnhof war es laut.", "\u201EIch habe nichts gesehen\u201C, sagte eine Frau."},
         "Ich habe nichts gesehen", "", "eine Frau"},
        {"en", {"A hiker fell on Sunday.", "\u201CI thought that was it,\u201D said the man."},
         "I thought that was it", "", "the man"},
        {"fr", {"Un randonneur a chuté dimanche.", "\u00AB J'ai cru que c'était fini \u00BB, raconte l'homme."},
         "J'ai cru que c'était fini", "", "l'homme"},
        // (a role noun still describes the person named with another office's noun)
        {"de", {"Am Morgen kam die Meldung.", "Polizeisprecher Christian Bieri war vor Ort. \u00ABDie Wege sind vereist\u00BB, sagte der Polizeisprecher."},
         "Die Wege sind vereist", "Christian Bieri"},
    });
}

TEST_CASE("a member of a Swiss executive or council named by the body's noun is the person named before",
          "[quotes][quotes72]") {
    check_quotes({
        {"de",
         {"Die Prämien steigen.",
          "Gesundheitsministerin Elisabeth Baume-Roth zeigte sich besorgt. \u00ABDie Kosten steigen zu schnell\u00BB, sagte die Bundesrätin."},
         "Die Kosten steigen zu schnell", "Elisabeth Baume-Roth", "die Bundesrätin"},
        {"de",
         {"Das Gesetz wird geprüft.",
          "Energieminister Beat Lindner will das Gesetz ändern. \u201EWir prüfen alle Optionen\u201C, so der Bundesrat."},
         "Wir prüfen alle Optionen", "Beat Lindner", "der Bundesrat"},
        {"de",
         {"Der Kanton spart.",
          "Finanzdirektor Urs Keller legte das Budget vor. \u00ABWir müssen sparen\u00BB, sagte der Regierungsrat."},
         "Wir müssen sparen", "Urs Keller", "der Regierungsrat"},
    });
}

TEST_CASE("a Swiss federal councillor named by the council's noun is the person named before",
          "[quotes][quotes72]") {
    check_quotes({
        {"fr",
         {"Les primes augmentent.",
          "Le ministre de la Santé Alain Dupasquier s'est montré inquiet. \u00ABLes coûts augmentent trop vite\u00BB, a déclaré le conseiller fédéral."},
         "Les coûts augmentent trop vite", "Alain Dupasquier", "le conseiller fédéral"},
        {"it",
         {"I premi aumentano.",
          "Il ministro della sanità Alberto Rossi si è detto preoccupato. \u00ABI costi crescono troppo in fretta\u00BB, ha detto il consigliere federale."},
         "I costi crescono troppo in fretta", "Alberto Rossi", "il consigliere federale"},
    });
}
