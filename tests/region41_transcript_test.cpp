// An interview transcript whose questions the paper asks in its own name, set in capitals ("SPIEGEL: ...",
// "HERALD: ...", "ÉCHOS : ..."), over the answers of the one asked ("Berger: ..."): each of the paper's turns over an
// answer heads it, all of them, as a transcript's questions labelled with initials or a name do
// (headings_transcript_test.cpp); not only the short one that reads as a heading alone.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

using namespace archive;
using archive::test::check_heading_rows;

TEST_CASE("a transcript's turns labelled with the paper's name in capitals all head their answers",
          "[classify][heading]") {
    check_heading_rows({
        {"de", R"(«Die Häfen brauchen endlich einen Plan»
Die Präsidentin des Fährverbands über steigende Löhne und leere Kassen.
KURIER: Frau Berger, drei Fähren stehen seit dem Sommer still. Wie ernst ist die Lage?
Berger: Ernster, als die Stadt zugibt. Uns fehlen elf Kapitäne, und die Ausbildung dauert drei Jahre.
KURIER: Woran liegt das?
Berger: Am Lohn. Ein Kapitän verdient auf einem Frachter fast das Doppelte, und er hat geregelte Schichten.
KURIER: Der Stadtrat verspricht einen Zuschuss ab Januar. Genügt das?
Berger: Nein. Das hilft für ein Jahr, aber es ersetzt keinen Plan für die nächsten zehn.
)",
         {"KURIER: Frau Berger, drei Fähren stehen seit dem Sommer still. Wie ernst ist die Lage?",
          "KURIER: Woran liegt das?",
          "KURIER: Der Stadtrat verspricht einen Zuschuss ab Januar. Genügt das?"}},
        {"en", R"('We cannot run the ferries on goodwill'
The head of the crews' union on wages, timetables and the council's promise.
HERALD: Ms Okafor, three ferries have been idle since the summer. How bad is it?
Okafor: Worse than the council admits. We are short of eleven masters, and training one takes three years.
HERALD: Why is that?
Okafor: The pay. A master earns almost twice as much on a cargo ship, and the shifts are regular there.
HERALD: The council promises a grant from January. Is that enough?
Okafor: No. It helps for a year, but it is no plan for the next ten.
)",
         {"HERALD: Ms Okafor, three ferries have been idle since the summer. How bad is it?",
          "HERALD: Why is that?",
          "HERALD: The council promises a grant from January. Is that enough?"}},
        {"fr", R"(« Le port doit garder ses pêcheurs »
Le président de la coopérative explique son refus du projet de marina.
ÉCHOS : Monsieur Garnier, la mairie veut déplacer la criée. Que lui reprochez-vous ?
Garnier : De décider sans nous. Personne n'a consulté les patrons de pêche avant de dessiner le projet.
ÉCHOS : Pourquoi donc ?
Garnier : Parce que la marina rapporte plus que le poisson, du moins sur le papier.
ÉCHOS : La mairie promet des quais neufs au nord. Cela ne suffit pas ?
Garnier : Non. Les quais neufs seraient à trois kilomètres de la criée, et le gazole coûte cher.
)",
         {"ÉCHOS : Monsieur Garnier, la mairie veut déplacer la criée. Que lui reprochez-vous ?",
          "ÉCHOS : Pourquoi donc ?",
          "ÉCHOS : La mairie promet des quais neufs au nord. Cela ne suffit pas ?"}},
    });
}
