// The speaker's name after a role or a trade and the body it serves, linked by an elided preposition or article
// ("la météorologue d'Environnement Canada Julie Roy", "l'entraîneur de l'Olympique Lyonnais Pierre Sage", "la
// meteorologa dell’Aeronautica Militare Giulia Ferri"): the body's two words are no part of the name.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body of two words linked to a role by an elided link is no part of the name after it",
          "[quotes][quotes98]") {
    check_quotes({
        {"fr",
         {"\u00AB Les vols partiront \u00E0 l'heure \u00BB, a d\u00E9clar\u00E9 le porte-parole d'Air France Marc "
          "Roux lundi."},
         "Les vols partiront \u00E0 l'heure", "Marc Roux", "le porte-parole d'Air France Marc Roux"},
        // (the link and an article elided after it: "de l'")
        {"fr",
         {"\u00AB La saison sera longue \u00BB, a pr\u00E9venu l'entra\u00EEneur de l'Olympique Lyonnais Pierre "
          "Sage."},
         "La saison sera longue", "Pierre Sage"},
        // (a trade before the link, as a role: [trade_words])
        {"fr",
         {"\u00AB On parle d'une temp\u00EAte majeure \u00BB, a indiqu\u00E9 la m\u00E9t\u00E9orologue "
          "d'Environnement Canada Julie Tremblay-Gagnon en entrevue."},
         "On parle d'une temp\u00EAte majeure", "Julie Tremblay-Gagnon"},
        {"it",
         {"\u00ABSar\u00E0 una tempesta forte\u00BB, ha detto la meteorologa dell\u2019Aeronautica Militare Giulia "
          "Ferri in un\u2019intervista."},
         "Sar\u00E0 una tempesta forte", "Giulia Ferri"},
        {"it",
         {"\u00ABI treni ripartiranno domani\u00BB, ha detto il portavoce dell'Azienda Trasporti Marco Neri."},
         "I treni ripartiranno domani", "Marco Neri"},
        // (guards: a body of one word before a name of two, and a name of two words alone after an elided link)
        {"fr",
         {"\u00AB Le service reprendra demain \u00BB, a pr\u00E9cis\u00E9 la directrice d'Hydro-Qu\u00E9bec Anne "
          "Caron."},
         "Le service reprendra demain", "Anne Caron"},
        {"it",
         {"\u00ABI voli partiranno\u00BB, ha detto il portavoce dell\u2019Alitalia Marco Neri."},
         "I voli partiranno", "Marco Neri"},
    });
}
