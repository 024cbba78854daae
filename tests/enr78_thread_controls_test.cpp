// A question-and-answer thread prints a comment form's label ("Add a comment", lexicon section terminators) under
// each post, the question's and every answer's: under a post's edit control ("Improve this answer", section
// post_edit_controls), over the count of answers ("2 Answers") or the next answer's vote count, the label ends that
// post only, and the answers are kept (probe70 R1). Under a blog's post, with no such controls, it ends the article.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

bool kept(const Article& a, const std::string& line) {
    const auto paragraphs = paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

} // namespace

TEST_CASE("a comment form's label under each post of a thread ends the post, not the thread",
          "[classify][terminator]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* answer;
    };
    const Row rows[] = {
        {"en", R"(Why does my sourdough starter smell of nail varnish?
Ask Question
Asked 3 days ago
Viewed 402 times
7
I have kept a rye starter for two months and fed it every morning with equal weights of flour and water.
This week it started to smell sharply of solvent, and it no longer doubles in size after a feed.
Is it ruined, or can it be saved? The kitchen is colder than usual because the heating is off.
baking
fermentation
Share
Improve this question
Follow
asked Mar 2, 2027 at 9:12
kbrennan
81 1 4
2
How warm is the kitchen at night? Below fifteen degrees they often smell. – Olwen Prytherch Mar 2, 2027 at 10:02
About twelve degrees, the heating is off while we are away. – kbrennan Mar 2, 2027 at 10:30
Add a comment
2 Answers
Sorted by:
Highest score (default)
12
That smell is acetone from a hungry starter, and it is harmless: the yeast has run out of food between feeds.
Feed it twice a day for a week, keep it somewhere warmer, and discard more of it before each feed.
Share
Improve this answer
Follow
answered Mar 2, 2027 at 11:40
Olwen Prytherch
3,410 2 19 40
Add a comment
4
A colder kitchen slows the yeast more than the bacteria, so the balance shifts towards sour and solvent notes.
It also helps to use a little less water for a few feeds, so the starter is stiffer and ferments more slowly.
Share
Improve this answer
Follow
answered Mar 3, 2027 at 8:05
Dariusz Malec
Add a comment
Your Answer
)",
         "A colder kitchen slows the yeast more than the bacteria, so the balance shifts towards sour and solvent "
         "notes."},
        {"pt", R"(Por que o meu fermento natural tem cheiro de acetona?
Fazer pergunta
Perguntada há 3 dias
Vista 402 vezes
7
Mantenho um fermento de centeio há dois meses e alimento-o todas as manhãs com farinha e água em partes iguais.
Nesta semana começou a cheirar a solvente e já não dobra de tamanho depois de alimentado.
Está estragado ou ainda dá para recuperar? A cozinha está mais fria do que o normal.
Compartilhar
Melhore esta pergunta
Seguir
perguntada 2/03/2027 às 9:12
kbrennan
2
Qual é a temperatura da cozinha à noite? Abaixo de quinze graus é comum. – Olwen Prytherch 2/03/2027 às 10:02
Uns doze graus, o aquecimento está desligado enquanto viajamos. – kbrennan 2/03/2027 às 10:30
Adicione um comentário
2 Respostas
Ordenado por:
Maior pontuação (padrão)
12
Esse cheiro é de acetona e é inofensivo: as leveduras ficaram sem alimento entre uma refeição e outra.
Alimente-o duas vezes por dia durante uma semana e deixe-o num lugar mais quente da casa.
Compartilhar
Melhore esta resposta
Seguir
respondida 2/03/2027 às 11:40
Olwen Prytherch
Adicione um comentário
4
Uma cozinha fria atrasa mais as leveduras do que as bactérias, e o equilíbrio pende para o azedo e o solvente.
Também ajuda usar um pouco menos de água em algumas refeições, para que o fermento fique mais firme e lento.
Compartilhar
Melhore esta resposta
Seguir
respondida 3/03/2027 às 8:05
Dariusz Malec
Adicione um comentário
Sua resposta
)",
         "Uma cozinha fria atrasa mais as leveduras do que as bactérias, e o equilíbrio pende para o azedo e o "
         "solvente."},
        {"fr", R"(Pourquoi mon levain sent-il le dissolvant ?
Poser une question
Posée il y a 3 jours
Vue 402 fois
7
Je garde un levain de seigle depuis deux mois et je le nourris chaque matin avec autant de farine que d'eau.
Cette semaine il s'est mis à sentir le solvant, et il ne double plus de volume après avoir été nourri.
Est-il perdu, ou peut-on encore le sauver ? La cuisine est plus froide que d'habitude, le chauffage est coupé.
Partager
Améliorer cette question
Suivre
posée le 2 mars 2027 à 9:12
kbrennan
2
Quelle température fait-il la nuit dans la cuisine ? Sous quinze degrés, c'est courant. – Olwen Prytherch
Ajouter un commentaire
2 réponses
Trier par :
12
Cette odeur vient d'un levain affamé et elle est sans danger : les levures n'ont plus rien à manger entre deux repas.
Nourrissez-le deux fois par jour pendant une semaine, et gardez-le dans un coin plus chaud de la maison.
Partager
Améliorer cette réponse
Suivre
répondu le 2 mars 2027 à 11:40
Olwen Prytherch
Ajouter un commentaire
4
Une cuisine froide ralentit davantage les levures que les bactéries, et l'équilibre penche vers l'aigre.
Il aide aussi de mettre un peu moins d'eau pendant quelques repas, pour que le levain soit plus ferme et plus lent.
Partager
Améliorer cette réponse
Suivre
répondu le 3 mars 2027 à 8:05
Dariusz Malec
Ajouter un commentaire
Votre réponse
)",
         "Une cuisine froide ralentit davantage les levures que les bactéries, et l'équilibre penche vers l'aigre."},
        {"de", R"(Warum riecht mein Sauerteig nach Nagellackentferner?
Frage stellen
Gefragt vor 3 Tagen
402-mal angesehen
7
Ich halte seit zwei Monaten einen Roggensauerteig und füttere ihn jeden Morgen mit gleich viel Mehl und Wasser.
Seit dieser Woche riecht er scharf nach Lösungsmittel und verdoppelt sich nach dem Füttern nicht mehr.
Ist er verdorben, oder lässt er sich retten? Die Küche ist kälter als sonst, weil die Heizung aus ist.
Teilen
Diese Frage verbessern
Folgen
gefragt am 2. März 2027 um 9:12
kbrennan
2
Wie warm ist die Küche nachts? Unter fünfzehn Grad riecht er oft so. – Olwen Prytherch
Kommentar hinzufügen
2 Antworten
Sortiert nach:
12
Der Geruch kommt von einem hungrigen Sauerteig und ist harmlos: Die Hefen haben zwischen zwei Fütterungen nichts mehr.
Füttern Sie ihn eine Woche lang zweimal am Tag und stellen Sie ihn an einen wärmeren Platz in der Wohnung.
Teilen
Diese Antwort verbessern
Folgen
beantwortet am 2. März 2027 um 11:40
Olwen Prytherch
Kommentar hinzufügen
4
Eine kalte Küche bremst die Hefen stärker als die Bakterien, und das Gleichgewicht kippt ins Saure.
Es hilft auch, bei ein paar Fütterungen etwas weniger Wasser zu nehmen, damit der Teig fester wird und langsamer gärt.
Teilen
Diese Antwort verbessern
Folgen
beantwortet am 3. März 2027 um 8:05
Dariusz Malec
Kommentar hinzufügen
Ihre Antwort
)",
         "Eine kalte Küche bremst die Hefen stärker als die Bakterien, und das Gleichgewicht kippt ins Saure."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(kept(classify(segment(r.page), r.lang), r.answer));
    }
}

TEST_CASE("a comment form's label under a blog's post, no thread's controls over it, ends the article",
          "[classify][terminator]") {
    const Article a = classify(segment(R"(Ten years of baking with rye
Posted on March 2, 2027 by Olwen Prytherch
I started my first rye starter in a cold flat with a jar, a spoon and a bag of flour from the corner shop.
It smelled of solvent for a week and I nearly threw it away, but a neighbour told me to feed it twice a day.
Ten years later the same starter has travelled to three kitchens and two countries, and it still doubles by noon.
Add a comment
4
Lovely story, thank you for sharing it with us all, I am going to try the twice-a-day feeding this week.
)"),
                               "en");
    CHECK(kept(a, "Ten years later the same starter has travelled to three kitchens and two countries, and it still "
                  "doubles by noon."));
    CHECK_FALSE(kept(a, "Lovely story, thank you for sharing it with us all, I am going to try the twice-a-day feeding "
                        "this week."));
}

// A thread whose copy lost the post's edit controls (a reader's mode, a scraper keeping the text only): the count of
// the answers right under the comment form's label says as much that a thread goes on, over the answers' sort order
// and the first answer's votes. (The en row fails on base; fr and de are guards.)
TEST_CASE("a comment form's label over the count of a thread's answers ends the question only",
          "[classify][terminator]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* answer;
    };
    const Row rows[] = {
        {"en", R"(Why does the paint on my north wall keep peeling?
Asked 5 days ago
I repainted the north wall of our cottage last spring with a masonry paint, after washing it down and letting it dry.
By November the paint was lifting in long strips near the ground, and the render underneath feels damp to the touch.
Should I strip it all back, or is there a primer that would hold on a damp wall like this one?
Add a comment
2 Answers
Sorted by:
Highest score (default)
9
The render is wet from below, and no paint will stay on a wall that cannot dry out through its face.
Check the ground level outside first: if the soil or a path sits above the damp course, the wall wicks water up.
Lower the ground, let the wall dry for a season, and then use a breathable mineral paint instead of a masonry one.
)",
         "Lower the ground, let the wall dry for a season, and then use a breathable mineral paint instead of a "
         "masonry one."},
        {"fr", R"(Pourquoi la peinture de mon mur nord s'écaille-t-elle ?
Posée il y a 5 jours
J'ai repeint le mur nord de notre maison au printemps avec une peinture de façade, après l'avoir lavé et laissé sécher.
En novembre la peinture se décollait en longues bandes près du sol, et l'enduit dessous est humide au toucher.
Faut-il tout décaper, ou existe-t-il une sous-couche qui tiendrait sur un mur humide comme celui-ci ?
Ajouter un commentaire
2 réponses
Trier par :
Meilleur score (par défaut)
9
L'enduit est mouillé par le bas, et aucune peinture ne tient sur un mur qui ne peut pas sécher par sa surface.
Regardez d'abord le niveau du sol dehors : si la terre ou une allée dépasse la coupure de capillarité, le mur boit.
Abaissez le sol, laissez sécher le mur une saison, puis passez une peinture minérale respirante à la place.
)",
         "Abaissez le sol, laissez sécher le mur une saison, puis passez une peinture minérale respirante à la place."},
        {"de", R"(Warum blättert die Farbe an meiner Nordwand immer wieder ab?
Gefragt vor 5 Tagen
Ich habe die Nordwand unseres Hauses im Frühjahr mit Fassadenfarbe gestrichen, nachdem ich sie gewaschen hatte.
Im November löste sich die Farbe in langen Streifen am Boden, und der Putz darunter fühlt sich feucht an.
Soll ich alles abschleifen, oder gibt es eine Grundierung, die auf einer so feuchten Wand hält?
Kommentar hinzufügen
2 Antworten
Sortiert nach:
Höchste Punktzahl (Standard)
9
Der Putz ist von unten nass, und keine Farbe hält auf einer Wand, die nicht nach außen trocknen kann.
Prüfen Sie zuerst den Boden draußen: Liegt die Erde oder ein Weg über der Sperrschicht, zieht die Wand Wasser.
Senken Sie den Boden ab, lassen Sie die Wand eine Saison trocknen und nehmen Sie dann eine mineralische Farbe.
)",
         "Senken Sie den Boden ab, lassen Sie die Wand eine Saison trocknen und nehmen Sie dann eine mineralische "
         "Farbe."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(kept(classify(segment(r.page), r.lang), r.answer));
    }
}
