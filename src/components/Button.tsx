import type { ComponentChildren } from 'preact';

interface ButtonProps {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  type?: 'submit' | 'button';
  onClick?: () => void;
}

export function Button({ children, variant = 'primary', type = 'submit', onClick }: ButtonProps) {
  return (
    <button type={type} class={`button button--${variant}`} onClick={onClick}>
      {children}
    </button>
  );
}
