// "Coldiretti: «Un primo passo»", "Greenpeace: „…“", "Le syndicat : « … »", "The union: "…"": a body's name or an
// article and a noun opening the sentence, then a colon right before the quote, is who speaks; a label ("Foto:",
// "Lire aussi :", "Read more:") never is. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a body's name before a colon opening a quote is its speaker", "[quotes][colon_names]") {
    check_cues({
        {"it",
         {"La giunta ha approvato il piano. Coldiretti: \"Un primo passo, ora servono tempi certi\"."},
         "Un primo passo, ora servono tempi certi",
         "",
         "Coldiretti",
         "Coldiretti"},
        {"de",
         {"Die Stadt hat den Plan am Dienstag vorgestellt. Greenpeace: „Der Plan kommt viel zu spät und ist zu wenig“."},
         "Der Plan kommt viel zu spät und ist zu wenig",
         "",
         "Greenpeace",
         "Greenpeace"},
        {"en",
         {"The city presented the plan on Tuesday. Amnesty International: \"The plan ignores the people it moves\"."},
         "The plan ignores the people it moves",
         "",
         "Amnesty International",
         "Amnesty International"},
    });
}

TEST_CASE("an article and a noun before a colon opening a quote are its mention, no name", "[quotes][colon_names]") {
    check_cues({
        {"fr",
         {"La mairie a présenté le plan mardi. Le syndicat : « Une réforme faite sans aucune concertation »."},
         "Une réforme faite sans aucune concertation",
         "",
         "",
         "Le syndicat"},
        {"en",
         {"The city presented the plan on Tuesday. The union: \"This plan was drawn up without any consultation\"."},
         "This plan was drawn up without any consultation",
         "",
         "",
         "The union"},
    });
}

TEST_CASE("a label before a colon opening a quote names no speaker", "[quotes][colon_names]") {
    // (a page of such paragraphs per language: none of its quotes has a speaker)
    const std::vector<std::pair<std::string, std::vector<std::string>>> pages = {
        {"de",
         {"Foto: „Die alte Brücke über den Fluss im Nebel am Morgen“",
          "Zitat: „Wer zu spät kommt, den bestraft am Ende das Leben“"}},
        {"fr",
         {"Lire aussi : « Le plan de transport de la ville en cinq questions »",
          "Photo : « La vieille gare du centre de la ville au petit matin »"}},
        {"en",
         {"Read more: \"The plan for the town centre explained in five questions\"",
          "Update: \"The ferry to the island will run again from Monday morning\"",
          "Use the word with care. Example: \"That film was so sad I literally wept.\""}},
    };
    for (const auto& page : pages) {
        const auto qs = extract_quotes(body(page.first, page.second));
        for (const auto& q : qs) {
            INFO(q.text);
            CHECK(!q.speaker);
        }
    }
}

TEST_CASE("a German article and noun before a colon name no one: the person just spoken of speaks on",
          "[quotes][colon_names]") {
    // ("Der Trainer:", "Der 24-Jährige:": capitalised like a name, a common noun; not the last name of the page)
    check_cues({
        {"de",
         {"Der Verband hat Jonas Keller und Lea Brandt nominiert. Lea Brandt fehlt verletzt. Die 24-Jährige: „Ich bin "
          "traurig, dass ich nicht dabei sein kann.“"},
         "Ich bin traurig, dass ich nicht dabei sein kann.",
         "",
         "Lea Brandt"},
    });
}
