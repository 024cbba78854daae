// Two nouns joined by "and" that open the clause before a cue are its subject together ("Doctors and nurses warn
// ..."): the mention holds both (quote_mention_before.cpp, joined_subject).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("two nouns joined by and before a cue are the mention together", "[quotes][mention]") {
    check_quotes({
        {"fr", {"La clinique fermera son service de nuit en mai. Médecins et infirmiers dénoncent une « faute grave »."},
         "faute grave", "", "Médecins et infirmiers"},
        {"fr", {"Le collège perdra deux classes. Les parents et les enseignants dénoncent un « mauvais calcul »."},
         "mauvais calcul", "", "Les parents et les enseignants"},
        {"en", {"The clinic will close its night ward in May. Doctors and nurses say the plan is “reckless”."}, "reckless",
         "", "Doctors and nurses"},
        {"es", {"La clínica cerrará su planta nocturna en mayo. Médicos y enfermeras denuncian un «abandono»."},
         "abandono", "", "Médicos y enfermeras"},
        {"it", {"La clinica chiuderà il reparto notturno a maggio. Medici e infermieri denunciano un «abbandono»."},
         "abbandono", "", "Medici e infermieri"},
    });
}

TEST_CASE("a clause joined by and before a cue leaves the mention to the second subject", "[quotes][mention]") {
    // The words before "and" are a subject and its verb, or a name: the mention is the phrase after it.
    check_quotes({
        {"en", {"The market closed early. Shares fell and analysts warned of a “long winter”."}, "long winter", "",
         "analysts"},
        {"fr", {"Le marché a fermé tôt. Les prix montent et les analystes dénoncent une « spirale »."}, "spirale", "",
         "les analystes"},
    });
}

TEST_CASE("two German nouns joined by und before a cue are the mention together", "[quotes][mention]") {
    // (the mention only: a capitalised plural noun before "sagten:" is taken for a name, with the rule or without)
    const auto qs =
        extract_quotes(page("de", "", {"Die Klinik schließt im Mai. Ärzte und Anwohner sagten: „Das wird gefährlich.“"}));
    REQUIRE(qs.size() == 1);
    CHECK(qs.front().mention.value_or("") == "Ärzte und Anwohner");
}
