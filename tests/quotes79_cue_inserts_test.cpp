// Cues: speech verbs of a retort or a blame ("a rétorqué", "konterte", "ha ribattuto"), and words between the
// auxiliary and the participle ("a pour sa part salué", "a, lui, prévenu", "hat mir neulich gesagt", "has, for her
// part, said") (quotes79). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a retort is a cue", "[quotes][quotes79]") {
    check_cues({
        {"fr", {"« C'est un acte de responsabilité », a rétorqué la ministre Claire Morel."},
         "C'est un acte de responsabilité", "a rétorqué", "Claire Morel", "la ministre Claire Morel"},
        {"fr", {"« Vous votez contre tout », a répliqué Paul Roux."}, "Vous votez contre tout", "a répliqué",
         "Paul Roux", "Paul Roux"},
        {"de", {"„Das ist verantwortungslos“, konterte die Ministerin Anna Berg."}, "Das ist verantwortungslos",
         "konterte", "Anna Berg", "die Ministerin Anna Berg"},
        {"it", {"«È una scelta responsabile», ha ribattuto la ministra Giulia Neri."}, "È una scelta responsabile",
         "ha ribattuto", "Giulia Neri", "la ministra Giulia Neri"},
    });
}

TEST_CASE("a blame with a quoted object is a cue", "[quotes][quotes79]") {
    check_cues({
        {"fr", {"Le président du parti, Paul Roux, a fustigé un accord « écrit pour la capitale »."},
         "écrit pour la capitale", "a fustigé", "Paul Roux", "Le président du parti, Paul Roux"},
    });
}

TEST_CASE("words between the auxiliary and the participle are the cue's", "[quotes][quotes79]") {
    check_cues({
        {"fr", {"Le député Paul Roux a pour sa part salué une décision « tardive mais juste »."},
         "tardive mais juste", "a pour sa part salué", "Paul Roux", "Le député Paul Roux"},
        {"fr", {"La ministre Claire Morel a de son côté averti : « Nous ne céderons pas. »"},
         "Nous ne céderons pas.", "a de son côté averti", "Claire Morel", "La ministre Claire Morel"},
        {"fr", {"Le maire Paul Roux a, lui, prévenu : « Rien ne changera. »"}, "Rien ne changera.",
         "a, lui, prévenu", "Paul Roux", "Le maire Paul Roux"},
        {"de", {"Die Unternehmerin Anna Berg hat mir neulich gesagt: „Ich plane nur noch bis zur Wahl.“"},
         "Ich plane nur noch bis zur Wahl.", "hat mir neulich gesagt", "Anna Berg", "Die Unternehmerin Anna Berg"},
        {"en", {"The mayor, Ann Webb, has, for her part, said: \"We will wait.\""}, "We will wait.",
         "has, for her part, said", "Ann Webb", "The mayor, Ann Webb"},
        {"it", {"Il sindaco Marco Neri ha dal canto suo ribadito: «Non cambierà nulla.»"}, "Non cambierà nulla.",
         "ha dal canto suo ribadito", "Marco Neri", "Il sindaco Marco Neri"},
    });
}
