/** A topic's page: its description on the first page, its releases in pages. */
import { ja } from '../i18n/ja.ts';
import type { Entry } from '../lib/relations.ts';
import { feedLink } from '../lib/subscriptions.ts';
import type { Topic } from '../schemas/index.ts';
import { entryFrame, type EntryFrame } from './entry.ts';

export interface TopicView {
  frame: EntryFrame;
  /** The topic's description, on the first page only. */
  lead: string | undefined;
}

export function presentTopic(topic: Entry<Topic>, currentPage: number): TopicView {
  const d = topic.data;
  return {
    frame: entryFrame('topics', topic, currentPage, {
      name: d.name,
      description: d.description ?? ja.topic.releases,
      feeds: [feedLink({ kind: 'topics', id: topic.id }, d.name)],
      // Not marked: topic pages have no search record (src/lib/search-records.ts), and ReleaseList
      // keeps its items out of the index anyway.
      list: { id: 'releases', heading: ja.topic.releases, unsearchable: false },
    }),
    lead: currentPage === 1 ? d.description : undefined,
  };
}
