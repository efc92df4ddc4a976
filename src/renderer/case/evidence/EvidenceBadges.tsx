// The warnings a file carries wherever it is listed: the dossier will show only a separator for
// it, its name claims a type its content does not have, the case holds its content twice (added
// with "Add anyway"), or it is confidential, or a key exhibit.
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { Badge } from '../../ui/Badge';
import { useSupportReason } from './support-reason';

/** `sameContent`: how many other files of the case have this file's SHA-256 (when the caller knows). */
export function EvidenceBadges({ item, sameContent = 0 }: { item: EvidenceListItem; sameContent?: number }) {
  const { t } = useTranslation('evidence');
  const supportReason = useSupportReason();
  return (
    <span className="cw-badges">
      {item.dossierSupport === 'not_reproduced' && (
        <Badge tone="danger" title={supportReason(item)}>
          {t('badges.notReproduced')}
        </Badge>
      )}
      {!item.nameMatchesContent && (
        <Badge tone="warning" title={t('facts.mismatchNote')}>
          {t('badges.mismatch')}
        </Badge>
      )}
      {sameContent > 0 && (
        <Badge tone="warning" title={t('badges.sameContentNote', { count: sameContent })}>
          {t('badges.sameContent')}
        </Badge>
      )}
      {item.confidential && <Badge tone="info">{t('badges.confidential')}</Badge>}
      {item.key && <Badge tone="info">{t('badges.key')}</Badge>}
    </span>
  );
}
