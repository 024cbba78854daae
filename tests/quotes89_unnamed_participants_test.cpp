// quotes89 (probe73 Q2a): the unnamed participant of a court story ("l'accusé", "der Angeklagte", "the 52-year-old")
// is someone the text does not name, not the lawyer or the prosecutor named before: the roles of the court scene
// ([rival_roles] fr, de), a role after an article elided into its word ("l'accusé"), and an unnamed person met since
// the last named one (who then holds no role that neither was described with). Invented pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The speaker ("" for none) and the mention of the quote of `text` among `qs`.
std::pair<std::string, std::string> said(const std::vector<Quote>& qs, const std::string& text) {
    for (const auto& q : qs)
        if (q.text == text)
            return {q.speaker.value_or(""), q.mention.value_or("")};
    FAIL("no quote: " << text);
    return {};
}

} // namespace

TEST_CASE("a defendant described after the lawyer and the prosecutor is no one named, nor is the pronoun after",
          "[quotes][quotes89]") {
    const auto fr = extract_quotes(
        page("fr", "",
             {"Le Ministère public a requis dix ans de prison contre un homme de 52 ans accusé d'avoir incendié un "
              "entrepôt de Nyon en mars.",
              "Le procureur Marc Berset a parlé d'un acte \u00AB m\u00FBrement pr\u00E9par\u00E9 \u00BB devant la "
              "cour.",
              "L'avocat de la défense, Luc Ferrand, a plaidé l'acquittement de son client.",
              "\u00AB Je n'ai rien fait. J'étais chez moi ce soir-là \u00BB, a déclaré l'accusé devant les juges.",
              "\u00AB Je ne connais pas cet entrepôt \u00BB, a-t-il ajouté."}));
    CHECK(said(fr, "Je n'ai rien fait. J'étais chez moi ce soir-là") ==
          std::make_pair(std::string(), std::string("l'accusé")));
    CHECK(said(fr, "Je ne connais pas cet entrepôt") == std::make_pair(std::string(), std::string("il")));
    const auto de = extract_quotes(
        page("de", "",
             {"Die Staatsanwaltschaft wirft einem 41-Jährigen vor, im März eine Lagerhalle in Brand gesteckt zu haben.",
              "Verteidiger Jan Roth sprach vor dem Landgericht von einem Unfall.",
              "\u201EIch war an dem Abend gar nicht dort\u201C, sagte der Angeklagte vor Gericht.",
              "\u201EIch kenne die Halle nicht\u201C, fügte er hinzu."}));
    CHECK(said(de, "Ich war an dem Abend gar nicht dort") ==
          std::make_pair(std::string(), std::string("der Angeklagte")));
    CHECK(said(de, "Ich kenne die Halle nicht").first.empty());
    // (an age description after the unnamed defendant: the age is all the text says of the speaker, not the lawyer)
    const auto en = extract_quotes(
        page("en", "",
             {"Prosecutors asked for a ten-year sentence for a 52-year-old man accused of setting fire to a warehouse.",
              "His lawyer, Tom Hale, argued that the fire was an accident.",
              "\"I was at home that night,\" the defendant told the court.",
              "\"I never went near the place,\" the 52-year-old said.", "\"I am innocent,\" he added."}));
    CHECK(said(en, "I was at home that night").first.empty());
    CHECK(said(en, "I never went near the place").first != "Tom Hale");
    CHECK(said(en, "I am innocent").first.empty());
    const auto de_age = extract_quotes(
        page("de", "",
             {"Die Staatsanwaltschaft wirft einem 41-Jährigen vor, im März eine Lagerhalle in Brand gesteckt zu haben.",
              "Staatsanwältin Eva Brunner sprach von einer geplanten Tat.",
              "Verteidiger Jan Roth sprach vor dem Landgericht von einem Unfall.",
              "\u201EIch war an dem Abend gar nicht dort\u201C, sagte der Angeklagte vor Gericht.",
              "\u201EIch bin unschuldig\u201C, sagte der 41-Jährige."}));
    CHECK(said(de_age, "Ich bin unschuldig").first != "Jan Roth");
}

TEST_CASE("a court role the person was named with still finds them", "[quotes][quotes89]") {
    check_quotes({
        {"fr",
         {"Le Ministère public a requis dix ans de prison contre un homme accusé d'avoir incendié un entrepôt.",
          "Luc Ferrand, l'avocat de la défense, a demandé l'acquittement de son client.",
          "\u00AB Il n'y a aucune preuve contre mon client \u00BB, a déclaré l'avocat à la sortie."},
         "Il n'y a aucune preuve contre mon client",
         "Luc Ferrand",
         "l'avocat"},
        {"de",
         {"Die Staatsanwaltschaft wirft dem Angeklagten Max Huber vor, eine Lagerhalle in Brand gesteckt zu haben.",
          "Verteidiger Jan Roth sprach vor dem Landgericht von einem Unfall.",
          "\u201EEs gibt keinen einzigen Beweis\u201C, sagte der Verteidiger nach der Sitzung.",
          "\u201EIch war an dem Abend gar nicht dort\u201C, sagte der Angeklagte vor Gericht."},
         "Ich war an dem Abend gar nicht dort",
         "Max Huber",
         "der Angeklagte"},
        {"de",
         {"Die Staatsanwaltschaft wirft dem Angeklagten Max Huber vor, eine Lagerhalle in Brand gesteckt zu haben.",
          "Verteidiger Jan Roth sprach vor dem Landgericht von einem Unfall.",
          "\u201EEs gibt keinen einzigen Beweis\u201C, sagte der Verteidiger nach der Sitzung."},
         "Es gibt keinen einzigen Beweis",
         "Jan Roth",
         "der Verteidiger"},
    });
}

TEST_CASE("an article, a noun and a verb after a name's closing comma are the next subject, no apposition",
          "[quotes][quotes89]") {
    // (the judge named in the fronted phrase is not the defendant who speaks after it)
    const auto fr = extract_quotes(
        page("fr", "",
             {"Le procureur Marc Berset a requis dix ans de prison.",
              "Interrogé par la présidente du tribunal, Anne Vautier, l'accusé a répété qu'il dormait chez un ami "
              "cette nuit-là."}));
    CHECK(said(fr, "il dormait chez un ami cette nuit-là") == std::make_pair(std::string(), std::string("l'accusé")));
    const auto en = extract_quotes(page(
        "en", "",
        {"The prosecutor, Mark Bell, asked for a ten-year sentence.",
         "Questioned by the presiding judge, Ann Roe, the defendant said that he had slept at a friend's house."}));
    CHECK(said(en, "he had slept at a friend's house").first.empty());
    // (an apposition closed by its comma still describes the name)
    check_quotes({
        {"fr",
         {"Anne Vautier, la présidente du tribunal, a ouvert l'audience à neuf heures.",
          "\u00AB Nous entendrons les témoins demain \u00BB, a annoncé la présidente."},
         "Nous entendrons les témoins demain",
         "Anne Vautier",
         "la présidente"},
        {"en",
         {"Ann Roe, the presiding judge, opened the hearing at nine.",
          "\"We will hear the witnesses tomorrow,\" the judge said."},
         "We will hear the witnesses tomorrow",
         "Ann Roe",
         "the judge"},
    });
}
