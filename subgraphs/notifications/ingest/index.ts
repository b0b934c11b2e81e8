import type { DatasetImporter } from '../../kit/ingest/importer';
import type { NotificationsDatabase } from '../src/database';
import { councilAuthorityImporter } from './council-authority.importer';

/** In load order. */
export const notificationsImporters: DatasetImporter<NotificationsDatabase>[] = [
  councilAuthorityImporter,
];
