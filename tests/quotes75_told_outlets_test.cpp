// The outlet told or the place, a preposition joined to an elided article ("ha detto all'ANSA il capogruppo"), is no
// part of the mention, which opens with the subject after it, as it does after "a EFE" and "à l'AFP" (session 40).
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the outlet told before the subject is no part of the mention", "[quotes][quotes75]") {
    check_cues({
        {"it", {"«Serve una svolta», ha detto all'ANSA il capogruppo del Pd, Marco Neri."}, "Serve una svolta",
         "ha detto", "Marco Neri", "il capogruppo del Pd, Marco Neri"},
        {"it", {"«Serve una svolta», ha detto all’Adnkronos Marco Neri."}, "Serve una svolta", "ha detto",
         "Marco Neri", "Marco Neri"},
        {"es", {"«Vamos a recurrir», dijo a EFE el portavoz del partido, Pedro Lanza."}, "Vamos a recurrir", "dijo",
         "Pedro Lanza", "el portavoz del partido, Pedro Lanza"},
        {"fr", {"« Nous allons recourir », a déclaré à l'AFP le maire de Lyon, Paul Roux."}, "Nous allons recourir",
         "a déclaré", "Paul Roux", "le maire de Lyon, Paul Roux"},
    });
}

TEST_CASE("a name with an elided particle, or an outlet with no subject after it", "[quotes][quotes75]") {
    check_cues({
        {"it", {"«Serve una svolta», ha detto D'Alema."}, "Serve una svolta", "ha detto", "D'Alema", "D'Alema"},
        // (the outlet told and no subject after it)
        {"it", {"«Serve una svolta», ha detto all'ANSA."}, "Serve una svolta", "ha detto", ""},
    });
}
