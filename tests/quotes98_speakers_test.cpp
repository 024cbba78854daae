// The speaker's name after a role or a trade and the body it serves, linked by an elided preposition or article
// ("la météorologue d'Environnement Canada Julie Roy", "l'entraîneur de l'Olympique Lyonnais Pierre Sage", "la
// meteorologa dell’Aeronautica Militare Giulia Ferri"): the body's two words are no part of the name. A body's noun
// and what it is of before the place it serves ("la brigade des sapeurs-pompiers de Paris") speak, not the place.
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

TEST_CASE("a body's noun and what it is of, before the place it serves, speak as the body, not the place",
          "[quotes][quotes98]") {
    check_quotes({
        {"fr",
         {"\u00AB Le feu est fix\u00E9 \u00BB, a indiqu\u00E9 la brigade des sapeurs-pompiers de Paris."},
         "Le feu est fix\u00E9", "brigade des sapeurs-pompiers de Paris"},
        {"fr",
         {"\u00AB Le dossier est clos \u00BB, a fait savoir le service de presse de Lyon."},
         "Le dossier est clos", "service de presse de Lyon"},
        {"it",
         {"\u00ABL'incendio \u00E8 sotto controllo\u00BB, ha detto il servizio di emergenza di Milano."},
         "L'incendio \u00E8 sotto controllo", "servizio di emergenza di Milano"},
        {"es",
         {"\u00ABEl fuego est\u00E1 controlado\u00BB, dijo el servicio de emergencias de Madrid."},
         "El fuego est\u00E1 controlado", "servicio de emergencias de Madrid"},
        // (guards: a body's noun right before the place's link, and a role's holder, no body)
        {"fr",
         {"\u00AB Le feu est fix\u00E9 \u00BB, a indiqu\u00E9 le conseil municipal de Rimouski."},
         "Le feu est fix\u00E9", "conseil municipal de Rimouski"},
    });
}
