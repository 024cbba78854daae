// A quote followed by its owner's words as a tag ending the sentence ("«Q», le parole di Marco Neri.", "« Q », ce
// sont les mots de Marc Noir.", "“Q,” in the words of Mark Nero."): the owner spoke, not the speaker of the quote
// before (session 41). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the owner named after a quote's comma spoke it", "[quotes][quotes76]") {
    check_cues({
        {"it",
         {"La consigliera Anna Bassi ha detto che \"mancano i medici\" nelle valli.",
          "«Serve un cambio di passo», le parole di Marco Neri."},
         "Serve un cambio di passo", "", "Marco Neri", "Marco Neri"},
        {"it",
         {"La consigliera Anna Bassi ha detto che \"mancano i medici\" nelle valli.",
          "«Serve un cambio di passo», sono le parole del sindaco Marco Neri."},
         "Serve un cambio di passo", "", "Marco Neri"},
        {"fr",
         {"La conseillère Anne Bastien a affirmé que « les médecins manquent » dans les vallées.",
          "« Il faut changer de cap », ce sont les mots de Marc Noir."},
         "Il faut changer de cap", "", "Marc Noir", "Marc Noir"},
        {"en",
         {"Councillor Jane Wells said the plan was \"long overdue\" for the town.",
          "\"We cannot wait another decade,\" in the words of Mark Nero."},
         "We cannot wait another decade", "", "Mark Nero"},
        {"es",
         {"La concejala Ana Barrio dijo que \"faltan médicos\" en los valles.",
          "«Hay que cambiar el rumbo», las palabras de Marcos Navas."},
         "Hay que cambiar el rumbo", "", "Marcos Navas"},
    });
}

TEST_CASE("an owner's words opening a clause of their own are no tag of the quote", "[quotes][quotes76]") {
    // ("le parole di Marco Neri hanno sorpreso la sala": the words are the subject of another verb, the sentence goes
    // on; what the quote is given then is not this rule's)
    check_cues({
        {"it",
         {"La consigliera Anna Bassi ha detto che \"mancano i medici\" nelle valli.",
          "«Serve un cambio di passo», le parole di Marco Neri hanno sorpreso la sala."},
         "Serve un cambio di passo", "", "Anna Bassi"},
        {"fr",
         {"La conseillère Anne Bastien a affirmé que « les médecins manquent » dans les vallées.",
          "« Il faut changer de cap », les mots de Marc Noir ont surpris la salle."},
         "Il faut changer de cap", "", "Anne Bastien"},
    });
}
