// quotes87 (probe74 Q3): the roles of one court scene (defendant, lawyer, prosecutor, judge: [rival_roles]) are held by
// different people, so "the defendant said" names no one known only as the lawyer; on invented pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a defendant's description does not go to the lawyer quoted before", "[quotes][quotes87]") {
    // (the defendant was named with no role the lists know: the speaker is no one named, not the lawyer)
    const auto it =
        extract_quotes(page("it", "",
                            {"La Procura di Parma ha chiesto vent'anni per Franco Rossi, accusato di aver incendiato "
                             "il magazzino del socio.",
                             "L'avvocato Paolo Neri ha sostenuto che \"manca ogni prova\" contro il suo assistito.",
                             "\"Non ho fatto nulla. Ero a casa quella notte\", ha detto l'imputato in aula."}));
    REQUIRE(it.size() == 2);
    CHECK(it[1].mention.value_or("") == "l'imputato");
    CHECK(it[1].speaker.value_or("") != "Paolo Neri");
    const auto en = extract_quotes(page(
        "en", "",
        {"Prosecutors asked for a 20-year sentence for Frank Rivers, who is accused of setting fire to a warehouse.",
         "His lawyer, Ann Roe, argued that there was \"not a shred of evidence\" against her client.",
         "\"I did nothing. I was at home that night,\" the defendant told the court."}));
    REQUIRE(en.size() == 2);
    CHECK(en[1].mention.value_or("") == "the defendant");
    CHECK(en[1].speaker.value_or("") != "Ann Roe");
    // (named with the defendant's role, the defendant is found)
    check_quotes({{"es",
                   {"La Fiscal\u00EDa pidi\u00F3 veinte a\u00F1os para el acusado, Franco R\u00EDos.",
                    "El abogado Pablo Neri sostuvo que \u201Cno hay ninguna prueba\u201D contra su cliente.",
                    "\u201CNo hice nada. Estaba en casa esa noche\u201D, dijo el acusado ante el tribunal."},
                   "No hice nada. Estaba en casa esa noche",
                   "Franco R\u00EDos"}});
}

TEST_CASE("a description by the role a person was named with still goes to them", "[quotes][quotes87]") {
    check_quotes({
        {"it",
         {"La Procura di Parma ha chiesto vent'anni per Franco Rossi, accusato di aver incendiato il magazzino del "
          "socio.",
          "L'avvocato Paolo Neri ha parlato a lungo davanti alla corte.",
          "\"Manca ogni prova contro il mio assistito\", ha detto l'avvocato all'uscita."},
         "Manca ogni prova contro il mio assistito",
         "Paolo Neri"},
        {"es",
         {"La Fiscalía pidió veinte años para Franco Ríos, acusado de incendiar el almacén de su socio.",
          "El abogado Pablo Neri habló durante una hora ante el tribunal.",
          "\u201CNo hay ninguna prueba contra mi cliente\u201D, dijo el abogado al salir."},
         "No hay ninguna prueba contra mi cliente",
         "Pablo Neri"},
    });
}
