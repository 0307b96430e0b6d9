import { h, uniqueId } from './dom';

/** One field of a dialog form. */
export type DialogField =
  | { kind: 'textarea'; name: string; label: string; value?: string; required?: boolean; maxLength?: number }
  | { kind: 'text'; name: string; label: string; value?: string; maxLength?: number; hint?: string }
  | { kind: 'select'; name: string; label: string; value?: string; options: { value: string; label: string }[] }
  | { kind: 'radio'; name: string; label: string; value?: string; options: { value: string; label: string }[] }
  | { kind: 'checkboxes'; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: 'date'; name: string; label: string; value?: string; required?: boolean }
  | { kind: 'number'; name: string; label: string; value?: number; min: number; max: number };

export interface DialogSpec {
  title: string;
  description?: string;
  fields: DialogField[];
  submitLabel: string;
  danger?: boolean;
}

/**
 * A modal form in a native <dialog>: the browser traps focus, Esc cancels and focus returns to
 * where it was. Resolves with the field values, or null when cancelled.
 */
export function openFormDialog(spec: DialogSpec): Promise<Record<string, string> | null> {
  const titleId = uniqueId('dialog-title');
  const descriptionId = spec.description ? uniqueId('dialog-description') : null;
  const form = h('form', { method: 'dialog', class: 'dialog-form' }, spec.fields.map(renderField));
  const dialog = h(
    'dialog',
    { class: 'form-dialog', 'aria-labelledby': titleId, 'aria-describedby': descriptionId },
    h('h2', { id: titleId }, spec.title),
    descriptionId ? h('p', { id: descriptionId, class: 'dialog-description' }, spec.description ?? '') : null,
    form,
  );
  form.append(
    h(
      'div',
      { class: 'dialog-buttons' },
      h('button', { type: 'submit', value: 'ok', class: spec.danger ? 'danger-solid' : 'primary' }, spec.submitLabel),
      h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
    ),
  );

  const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const values: Record<string, string> = {};
      for (const [name, value] of new FormData(form).entries()) {
        // Checkbox groups send one entry per ticked box: they arrive one per line under their name.
        values[name] = name in values ? `${values[name]}\n${String(value)}` : String(value);
      }

      dialog.remove();
      if (returnFocusTo?.isConnected) {
        returnFocusTo.focus();
      }

      resolve(dialog.returnValue === 'ok' ? values : null);
    });
    dialog.showModal();
  });
}

function renderField(field: DialogField): HTMLElement {
  const id = uniqueId(`field-${field.name}`);
  switch (field.kind) {
    case 'textarea': {
      const input = h('textarea', { id, name: field.name, rows: 4, required: field.required ?? false, maxlength: field.maxLength ?? 1000 });
      input.value = field.value ?? '';
      return h('div', { class: 'field' }, h('label', { for: id }, field.label), input);
    }
    case 'text': {
      const hintId = field.hint ? uniqueId('hint') : null;
      const input = h('input', { id, name: field.name, type: 'text', maxlength: field.maxLength ?? 1000, 'aria-describedby': hintId });
      input.value = field.value ?? '';
      return h('div', { class: 'field' }, h('label', { for: id }, field.label), input, hintId ? h('p', { id: hintId, class: 'hint' }, field.hint ?? '') : null);
    }
    case 'select': {
      const select = h('select', { id, name: field.name }, field.options.map((o) => h('option', { value: o.value }, o.label)));
      select.value = field.value ?? field.options[0]?.value ?? '';
      return h('div', { class: 'field' }, h('label', { for: id }, field.label), select);
    }
    case 'date': {
      const input = h('input', { id, name: field.name, type: 'date', required: field.required ?? false });
      input.value = field.value ?? '';
      return h('div', { class: 'field' }, h('label', { for: id }, field.label), input);
    }
    case 'number': {
      const input = h('input', { id, name: field.name, type: 'number', min: field.min, max: field.max, required: true });
      input.value = field.value === undefined ? '' : String(field.value);
      return h('div', { class: 'field' }, h('label', { for: id }, field.label), input);
    }
    case 'checkboxes':
      return h(
        'fieldset',
        { class: 'field checkbox-group' },
        h('legend', {}, field.label),
        field.options.map((option) => {
          const optionId = uniqueId(`${field.name}-option`);
          return h(
            'div',
            { class: 'checkbox' },
            h('input', { type: 'checkbox', id: optionId, name: field.name, value: option.value }),
            h('label', { for: optionId }, option.label),
          );
        }),
      );
    case 'radio':
      return h(
        'fieldset',
        { class: 'field radio-group' },
        h('legend', {}, field.label),
        field.options.map((option) => {
          const optionId = uniqueId(`${field.name}-option`);
          return h(
            'div',
            { class: 'radio' },
            h('input', { type: 'radio', id: optionId, name: field.name, value: option.value, checked: option.value === (field.value ?? '') }),
            h('label', { for: optionId }, option.label),
          );
        }),
      );
  }
}
