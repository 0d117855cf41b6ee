// The control panels whose API arrives with other work (issue 5 items 1–5). Each is a generic JSON panel
// (json-panel.js) that appears only when its GET answers 200, so this list can name endpoints before they exist.
// Shapes not final yet: the examples are hints for trainers, not contracts. /sim/maintenance is merged: see
// openapi.yaml (GET {now, windows: [...]}, POST the fields of fixtures/maintenance.yaml, DELETE /{id}).

export const OPTIONAL_PANELS = [
  {
    key: 'scenario', title: { ja: 'シナリオ', en: 'Scenario' }, endpoint: '/sim/scenario',
    refreshOn: ['scenario', 'sim.reset'], example: '{"name": "maintenance-now"}',
  },
  {
    key: 'maintenance', title: { ja: 'メンテナンス', en: 'Maintenance windows' }, endpoint: '/sim/maintenance',
    remove: true, removeAll: true, refreshOn: ['maintenance', 'sim.reset'], // a reset puts the scenario's back quietly
    columns: ['id', 'face', 'title', 'rule', 'active', 'current', 'next', 'origin'],
    example: '{"face": "jupki", "duration": "PT1H"}   or   {"face": "upki", "every": {"nth": 3, "weekday": "SATURDAY"}, "from": "09:00", "to": "18:00"}',
  },
  {
    key: 'faults', title: { ja: '障害の注入', en: 'Fault injection' }, endpoint: '/sim/faults',
    remove: true, removeAll: true, refreshOn: ['fault', 'sim.reset'],
    example: '{"match": {"face": "upki", "path": "/upki-odcert/*"}, "trigger": {"type": "next", "count": 2}, "action": {"type": "status", "status": 503}}',
  },
  {
    key: 'quirks', title: { ja: '実サービスのくせ', en: 'Quirks' }, endpoint: '/sim/quirks',
    refreshOn: ['quirk'], example: '{"double-submit": true}',
  },
  {
    key: 'delays', title: { ja: '処理の遅延', en: 'Delays' }, endpoint: '/sim/delays',
    refreshOn: ['delay'], example: '{"stage": "nii-to-ca", "fixed": "PT5M"}',
  },
  {
    // POST only, so it cannot be probed itself: it comes with the scenarios (the same work item, issue 5 item 5).
    key: 'reset', title: { ja: '初期状態に戻す', en: 'Reset to a clean state' }, endpoint: '/sim/reset',
    probe: '/sim/scenario', show: false, confirm: true, example: '{}',
    postLabel: { ja: 'リセット（申請・証明書・メールを消去）', en: 'Reset (clears applications, certificates and mail)' },
  },
];
